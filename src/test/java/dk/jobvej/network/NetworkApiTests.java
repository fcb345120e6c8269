package dk.jobvej.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vækst Via Viden match network over real HTTP: each partner logs in with its own role and sees only its
 * own candidates (API and pages, every read audited); openings and match counts are shared; an opening is
 * offered to one partner at a time and passes on ("bolden gribes altid"); matches count on the dashboard by
 * partner, municipality and kind, with the share in the home municipality.
 */
@JobvejIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	private Staff ucn;

	private Staff aau;

	private Staff consultant;

	private Staff caseworker;

	private UUID network;

	private LocalDate today;

	@BeforeAll
	void theNetwork() {
		today = LocalDate.now(clock);
		var organisation = new TestOrganisation(administration);
		var admin = organisation.administrator(TestOrganisation.AALBORG);
		var ucnUnit = organisation.unit("UCN");
		var aauUnit = organisation.unit("AAU");
		var jobcenterUnit = organisation.unit("Rekruttering");
		ucn = organisation.hire(ucnUnit, Role.NETWORK_PARTNER);
		aau = organisation.hire(aauUnit, Role.NETWORK_PARTNER);
		consultant = organisation.hire(jobcenterUnit, Role.COMPANY_CONSULTANT);
		caseworker = organisation.hire(jobcenterUnit, Role.CASEWORKER);
		var created = api(admin).post("/api/v1/network/networks",
				Map.of("name", Fresh.name("Vækst Via Viden "), "periodFrom", "2020-01-01", "periodTo",
						today.plusYears(1).toString(), "targetMatches", 2000, "homeMunicipality", 851, "homeSharePercent", 40,
						"takeWithinDays", 5, "municipalities", Map.of("851", "Aalborg", "813", "Frederikshavn", "787", "Thisted")));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		network = UUID.fromString(created.json().path("id").asString());
		partner(admin, "UCN", ucnUnit, 1, 500);
		partner(admin, "AAU", aauUnit, 2, 700);
		partner(admin, "JC_AALBORG", jobcenterUnit, 3, 300);
		assertThat(api(ucn).post("/api/v1/network/networks", Map.of()).status()).isEqualTo(403);
	}

	private void partner(Staff admin, String code, dk.jobvej.identity.UnitId unit, int order, int target) {
		var added = api(admin).post("/api/v1/network/networks/" + network + "/partners", Map.of("code", code, "name",
				code + " partner", "pool", "Kandidater hos " + code, "unit", unit.toString(), "relayOrder", order,
				"targetMatches", target));
		assertThat(added.status()).as("%s", added).isEqualTo(201);
	}

	private ApiClient api(Staff staff) {
		return ApiClient.at(port).as(staff);
	}

	private UUID candidate(Staff partner, String name) {
		var added = api(partner).post("/api/v1/network/networks/" + network + "/candidates", Map.of("name", name,
				"educationLevel", "MASTER", "field", "Maskinteknik", "stage", "GRADUATE", "homeMunicipality", 851));
		assertThat(added.status()).as("%s", added).isEqualTo(201);
		return UUID.fromString(added.json().path("id").asString());
	}

	private UUID opening(Staff partner, int municipality, String kind) {
		var opened = api(partner).post("/api/v1/network/networks/" + network + "/openings",
				Map.of("companyName", Fresh.name("Thy Maskinfabrik "), "cvr", "13748136", "companyMunicipality",
						municipality, "dialog", "Vil vokse på eksport", "jobContent", List.of("NEW_MARKETS", "DEVELOPMENT_TASKS"),
						"description", "Eksport til Tyskland", "kind", kind));
		assertThat(opened.status()).as("%s", opened).isEqualTo(201);
		return UUID.fromString(opened.json().path("id").asString());
	}

	@Test
	void aPartnerSeesOnlyItsOwnCandidatesAndEveryReadIsAudited() {
		var ucnName = Fresh.name("Ulla UCN ");
		var aauName = Fresh.name("Anders AAU ");
		var ucnCandidate = candidate(ucn, ucnName);
		var aauCandidate = candidate(aau, aauName);

		assertThat(api(ucn).get("/api/v1/network/networks/" + network + "/candidates").body()).contains(ucnName)
			.doesNotContain(aauName);
		assertThat(api(aau).get("/api/v1/network/networks/" + network + "/candidates").body()).contains(aauName)
			.doesNotContain(ucnName);
		assertThat(api(ucn).get("/api/v1/network/candidates/" + aauCandidate).status()).isEqualTo(404);
		assertThat(api(aau).get("/api/v1/network/candidates/" + aauCandidate).json().path("name").asString())
			.isEqualTo(aauName);
		assertThat(api(consultant).get("/api/v1/network/candidates/" + ucnCandidate).status()).isEqualTo(404);
		assertThat(api(caseworker).get("/api/v1/network/networks/" + network + "/candidates").status()).isEqualTo(403);

		var pages = PageClient.at(port);
		pages.login(ucn);
		var page = pages.get("/vaekst-via-viden/kandidater?netvaerk=" + network);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(ucnName).doesNotContain(aauName);

		var audit = new AuditTrail(auditLog);
		assertThat(audit.about("network-candidate/" + aauCandidate)).extracting(entry -> entry.actor() + " " + entry.what())
			.contains(aau.username() + " network-candidate", aau.username() + " network-candidates")
			.noneMatch(line -> line.startsWith(ucn.username()));
		assertThat(audit.about("network-candidate/" + ucnCandidate)).extracting(entry -> entry.actor())
			.contains(ucn.username());
	}

	@Test
	void anOpeningIsOfferedToOnePartnerAtATimeAndPassesOn() {
		var opening = opening(aau, 787, "PROJECT");
		var list = api(ucn).get("/api/v1/network/networks/" + network + "/openings");
		var aauId = holder(list, opening);

		assertThat(api(ucn).post("/api/v1/network/openings/" + opening + "/take", Map.of()).errorFields())
			.containsExactly("holder");
		assertThat(api(aau).post("/api/v1/network/openings/" + opening + "/pass", Map.of()).status()).isEqualTo(204);
		var passed = holder(api(ucn).get("/api/v1/network/networks/" + network + "/openings"), opening);
		assertThat(passed).isNotEqualTo(aauId);
		assertThat(api(aau).post("/api/v1/network/openings/" + opening + "/take", Map.of()).status()).isEqualTo(422);
		assertThat(api(consultant).post("/api/v1/network/openings/" + opening + "/take", Map.of()).status())
			.as("after AAU (2) comes the jobcenter (3)")
			.isEqualTo(204);
		assertThat(api(ucn).post("/api/v1/network/openings/" + opening + "/take", Map.of()).status()).isEqualTo(422);
	}

	private static String holder(ApiClient.Response list, UUID opening) {
		for (var node : list.json()) {
			if (node.path("id").asString().equals(opening.toString())) {
				return node.path("holder").asString();
			}
		}
		throw new AssertionError("opening not listed: " + list);
	}

	@Test
	void matchesCountOnTheSharedDashboardByPartnerMunicipalityAndKind() {
		var before = api(aau).get("/api/v1/network/networks/" + network + "/dashboard").json();
		var ucnCandidate = candidate(ucn, Fresh.name("Ulrik UCN "));
		var aauCandidate = candidate(aau, Fresh.name("Asta AAU "));
		var inAalborg = opening(ucn, 851, "GROWTH_PILOT");
		var inThisted = opening(aau, 787, "STUDENT_JOB");
		assertThat(api(ucn).post("/api/v1/network/openings/" + inAalborg + "/take", Map.of()).status()).isEqualTo(204);
		assertThat(api(aau).post("/api/v1/network/openings/" + inThisted + "/take", Map.of()).status()).isEqualTo(204);

		assertThat(api(ucn).post("/api/v1/network/openings/" + inAalborg + "/matches",
				Map.of("candidate", aauCandidate.toString(), "matchedOn", today.toString())).status())
			.as("another partner's candidate").isEqualTo(404);
		assertThat(api(aau).post("/api/v1/network/openings/" + inAalborg + "/matches",
				Map.of("candidate", aauCandidate.toString(), "matchedOn", today.toString())).status())
			.as("an opening another partner took").isEqualTo(422);
		assertThat(api(ucn).post("/api/v1/network/openings/" + inAalborg + "/matches",
				Map.of("candidate", ucnCandidate.toString(), "matchedOn", today.toString())).status()).isEqualTo(201);
		assertThat(api(aau).post("/api/v1/network/openings/" + inThisted + "/matches",
				Map.of("candidate", aauCandidate.toString(), "matchedOn", today.toString())).status()).isEqualTo(201);
		assertThat(api(aau).post("/api/v1/network/openings/" + inThisted + "/matches",
				Map.of("candidate", aauCandidate.toString(), "matchedOn", today.toString())).status())
			.as("an opening is matched once").isEqualTo(422);

		var after = api(consultant).get("/api/v1/network/networks/" + network + "/dashboard").json();
		assertThat(after.path("matches").asInt()).isEqualTo(before.path("matches").asInt() + 2);
		assertThat(after.path("homeMatches").asInt()).isEqualTo(before.path("homeMatches").asInt() + 1);
		assertThat(count(after.path("byKind"), "GROWTH_PILOT")).isEqualTo(count(before.path("byKind"), "GROWTH_PILOT") + 1);
		assertThat(count(after.path("byKind"), "STUDENT_JOB")).isEqualTo(count(before.path("byKind"), "STUDENT_JOB") + 1);
		assertThat(partner(after, "UCN") - partner(before, "UCN")).isEqualTo(1);
		assertThat(partner(after, "AAU") - partner(before, "AAU")).isEqualTo(1);
		assertThat(municipality(after, 787) - municipality(before, 787)).isEqualTo(1);
		assertThat(after.path("network").path("targetMatches").asInt()).isEqualTo(2000);
		assertThat(after.path("homeSharePercent").asInt())
			.isEqualTo(Math.round(100f * after.path("homeMatches").asInt() / after.path("matches").asInt()));

		var pages = PageClient.at(port);
		pages.login(aau);
		var dashboard = pages.get("/vaekst-via-viden?netvaerk=" + network);
		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Thisted").contains("Vækstpilot");
	}

	private static int count(tools.jackson.databind.JsonNode byKind, String kind) {
		return byKind.path(kind).asInt();
	}

	private static int partner(tools.jackson.databind.JsonNode dashboard, String code) {
		for (var line : dashboard.path("byPartner")) {
			if (line.path("code").asString().equals(code)) {
				return line.path("matches").asInt();
			}
		}
		throw new AssertionError(code);
	}

	private static int municipality(tools.jackson.databind.JsonNode dashboard, int code) {
		for (var line : dashboard.path("byMunicipality")) {
			if (line.path("code").asInt() == code) {
				return line.path("matches").asInt();
			}
		}
		throw new AssertionError(code);
	}

}
