package dk.jobvej.citizen;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Need-to-know access: the own unit may, another unit needs a stated reason (break-the-glass),
 * administrators and auditors never may, and every read is in the audit trail.
 */
@JobvejIntegrationTest
class CitizenAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	AuditLog auditLog;

	private final CprGenerator cprs = new CprGenerator(new Random());

	private ApiClient api;

	private Staff caseworker;

	private Staff leader;

	private Staff otherUnitCaseworker;

	private String citizen;

	private String cpr;

	@BeforeEach
	void setUp() {
		api = ApiClient.at(port);
		var organisation = new TestOrganisation(administration);
		var aktivhuset = organisation.unit("Job- og Aktivhuset");
		var jobhuset = organisation.unit("Jobhuset");
		caseworker = organisation.hire(aktivhuset, Role.CASEWORKER);
		leader = organisation.hire(aktivhuset, Role.TEAM_LEADER);
		otherUnitCaseworker = organisation.hire(jobhuset, Role.CASEWORKER);
		cpr = cprs.adult(LocalDate.now()).value();
		citizen = register(caseworker, aktivhuset, cpr);
	}

	@Test
	void theOwnUnitMayReadAndEachReadIsAuditedWithWhoWhatAndWhy() {
		assertThat(api.as(caseworker).get("/api/v1/citizens/" + citizen).status()).isEqualTo(200);
		assertThat(api.as(caseworker).get("/api/v1/citizens/" + citizen + "/journal").status()).isEqualTo(200);
		assertThat(api.as(leader).get("/api/v1/citizens/" + citizen).status()).isEqualTo(200);

		assertThat(audit(caseworker, "READ")).contains("citizen-api|access:own-unit", "journal-api|access:own-unit");
		assertThat(audit(leader, "READ")).contains("citizen-api|access:own-unit");
	}

	@Test
	void listsAndSearchesAuditOneReadPerCitizenShown() {
		var second = register(caseworker, caseworker.unit(), cprs.adult(LocalDate.now()).value());

		var mine = api.as(caseworker).get("/api/v1/citizens/mine");
		var unit = api.as(leader).get("/api/v1/citizens/unit");
		var search = api.as(caseworker).post("/api/v1/citizens/search", Map.of("cpr", cpr));

		assertThat(mine.body()).contains(citizen, second);
		assertThat(unit.body()).contains(citizen, second);
		assertThat(search.json().size()).isEqualTo(1);
		assertThat(audit(caseworker, "READ")).contains("worklist-mine|worklist", "search|search:cpr");
		assertThat(auditOf(second, caseworker, "READ")).containsExactly("worklist-mine|worklist");
		assertThat(auditOf(second, leader, "READ")).containsExactly("worklist-unit|worklist");
	}

	@Test
	void anotherUnitGets403UntilItStatesAReason() {
		var refused = api.as(otherUnitCaseworker).get("/api/v1/citizens/" + citizen);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.json().path("type").asString()).isEqualTo("https://jobvej.dk/problems/reason-required");
		assertThat(refused.json().path("detail").asString()).contains("begrundelse");
		assertThat(audit(otherUnitCaseworker, "ACCESS_DENIED")).containsExactly("citizen|null");
		assertThat(api.as(otherUnitCaseworker).post("/api/v1/citizens/" + citizen + "/journal", Map.of("text", "Hej"))
			.status()).isEqualTo(403);
		assertThat(api.as(otherUnitCaseworker).post("/api/v1/citizens/" + citizen + "/cpr-reveal", Map.of()).status())
			.isEqualTo(403);

		var noReason = api.as(otherUnitCaseworker).post("/api/v1/citizens/" + citizen + "/access", Map.of("reason", ""));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.errorFields()).containsExactly("reason");

		var granted = api.as(otherUnitCaseworker).post("/api/v1/citizens/" + citizen + "/access",
				Map.of("reason", "Borgeren møder op i Jobhuset i dag"));

		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
		var expires = ZonedDateTime.parse(granted.json().path("expiresAt").asString());
		assertThat(Duration.between(ZonedDateTime.now(), expires).toMinutes()).isCloseTo(8 * 60, within(2L));
		assertThat(audit(otherUnitCaseworker, "BREAK_THE_GLASS"))
			.containsExactly("citizen|Borgeren møder op i Jobhuset i dag");
		assertThat(api.as(otherUnitCaseworker).get("/api/v1/citizens/" + citizen).status()).isEqualTo(200);
		assertThat(audit(otherUnitCaseworker, "READ")).singleElement()
			.asString()
			.startsWith("citizen-api|access:break-the-glass:");
	}

	@Test
	void theLeaderOfTheCitizensUnitSeesTheGrants() {
		api.as(otherUnitCaseworker).post("/api/v1/citizens/" + citizen + "/access",
				Map.of("reason", "Akut henvendelse <b>i skranken</b>"));

		var grants = api.as(leader).get("/api/v1/access-grants");

		assertThat(grants.status()).isEqualTo(200);
		var grant = grants.json().get(0);
		assertThat(grant.path("citizen").asString()).isEqualTo(citizen);
		assertThat(grant.path("staff").asString()).isEqualTo(otherUnitCaseworker.id().toString());
		assertThat(grant.path("reason").asString()).isEqualTo("Akut henvendelse <b>i skranken</b>");
		assertThat(grant.path("active").asBoolean()).isTrue();
		assertThat(grant.path("maskedCpr").asString()).endsWith("-xxxx");
		assertThat(auditOf(citizen, leader, "READ")).contains("access-grants|review:break-the-glass");
		assertThat(api.as(caseworker).get("/api/v1/access-grants").status()).as("caseworkers do not review").isEqualTo(403);
		assertThat(api.as(caseworker).get("/api/v1/citizens/unit").status()).isEqualTo(403);
	}

	@Test
	void searchShowsCitizensOfOtherUnitsButMarksThemAsNeedingAReason() {
		var found = api.as(otherUnitCaseworker).post("/api/v1/citizens/search", Map.of("cpr", cpr));

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get(0).path("accessible").asBoolean()).isFalse();
		assertThat(found.json().get(0).path("maskedCpr").asString()).isEqualTo(cpr.substring(0, 6) + "-xxxx");
	}

	@Test
	void thePrimaryContactMayReadFromAnotherUnit() {
		var body = citizenBody(caseworker.unit(), cprs.adult(LocalDate.now()).value());
		body.put("primaryContact", otherUnitCaseworker.id().toString());
		var id = api.as(caseworker).post("/api/v1/citizens", body).json().path("id").asString();

		assertThat(api.as(otherUnitCaseworker).get("/api/v1/citizens/" + id).status()).isEqualTo(200);
		assertThat(auditOf(id, otherUnitCaseworker, "READ")).containsExactly("citizen-api|access:primary-contact");
	}

	@Test
	void administratorsAndAuditorsHaveNoAccessToCitizensData() {
		var organisation = new TestOrganisation(administration);
		var admin = organisation.hire(caseworker.unit(), Role.ADMINISTRATOR);
		var auditor = organisation.hire(caseworker.unit(), Role.AUDITOR);

		for (var outsider : List.of(admin, auditor)) {
			assertThat(api.as(outsider).get("/api/v1/citizens/" + citizen).status()).isEqualTo(403);
			assertThat(api.as(outsider).get("/api/v1/citizens/mine").status()).isEqualTo(403);
			assertThat(api.as(outsider).post("/api/v1/citizens/search", Map.of("cpr", cpr)).status()).isEqualTo(403);
			assertThat(api.as(outsider).post("/api/v1/citizens/" + citizen + "/cpr-reveal", Map.of()).status())
				.isEqualTo(403);
			assertThat(api.as(outsider).get("/api/v1/access-grants").status()).isEqualTo(403);
			assertThat(api.as(outsider).post("/api/v1/citizens", citizenBody(caseworker.unit(),
					cprs.adult(LocalDate.now()).value())).status()).isEqualTo(403);
		}
		var trail = new AuditTrail(auditLog);
		assertThat(Stream.concat(trail.by(admin.username()).stream(), trail.by(auditor.username()).stream()))
			.noneMatch(entry -> entry.subject().startsWith("citizen/"));
	}

	@Test
	void citizensOfAnotherMunicipalityDoNotExistForTheCaller() {
		var organisation = new TestOrganisation(administration);
		var aarhus = organisation.hire(organisation.unit("Jobcenter Aarhus", 751), Role.CASEWORKER);

		assertThat(api.as(aarhus).get("/api/v1/citizens/" + citizen).status()).isEqualTo(404);
		assertThat(api.as(aarhus).post("/api/v1/citizens/search", Map.of("cpr", cpr)).json().size()).isZero();
		assertThat(api.as(aarhus).post("/api/v1/citizens/" + citizen + "/access", Map.of("reason", "Nysgerrig"))
			.status()).isEqualTo(404);
	}

	private String register(Staff as, UnitId unit, String number) {
		var created = api.as(as).post("/api/v1/citizens", citizenBody(unit, number));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private Map<String, Object> citizenBody(UnitId unit, String number) {
		var body = new HashMap<String, Object>();
		body.put("cpr", number);
		body.put("givenName", "Adgang");
		body.put("familyName", "Testesen");
		body.put("unit", unit.toString());
		return body;
	}

	/** The audit entries of the actor about this test's citizen, as "what|why". */
	private List<String> audit(Staff actor, String action) {
		return auditOf(citizen, actor, action);
	}

	private List<String> auditOf(String citizenId, Staff actor, String action) {
		return new AuditTrail(auditLog).about("citizen/" + citizenId)
			.stream()
			.filter(entry -> entry.actor().equals(actor.username()) && entry.action().name().equals(action))
			.map(entry -> entry.what() + "|" + entry.why())
			.toList();
	}

}
