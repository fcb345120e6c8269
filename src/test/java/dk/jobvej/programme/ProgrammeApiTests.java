package dk.jobvej.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme over real HTTP, as a leader runs it: defined with its target-group rule, selected
 * (who qualifies, why, and who narrowly did not), drawn, verified by the auditor, visited by the
 * caseworker (with the rules on deferred visitation and group 1), exits and payments recorded, the
 * grant computed from an internship granted through the plan module, the status as JSON, PDF and
 * XLSX, and the effect evaluation. The steps build on each other, in order.
 */
@JobvejIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	private Staff leader;

	private Staff caseworker;

	private Staff auditor;

	private LocalDate selection;

	private final List<CitizenId> qualifying = new ArrayList<>();

	private CitizenId nearMiss;

	private CitizenId jobReady;

	private String programme;

	private final Map<String, String> arms = new HashMap<>();

	@BeforeAll
	void citizensOfAFreshMunicipality() {
		var municipality = Fresh.municipality();
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit(Fresh.name("Programhuset"), municipality);
		leader = organisation.hire(unit, Role.TEAM_LEADER);
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		auditor = organisation.hire(unit, Role.AUDITOR);
		selection = LocalDate.now(clock).minusDays(200);
		var citizens = new TestCitizens(citizenImport);
		for (var i = 0; i < 8; i++) {
			qualifying.add(citizens.in(caseworker)
				.municipality(municipality)
				.contact(caseworker)
				.benefit(BenefitType.KONTANTHJAELP, selection.minusYears(6).minusDays(i), null)
				.category(VisitationCategory.AKTIVITETSPARAT, selection.minusYears(6).plusDays(10))
				.make());
		}
		var gapEnd = selection.minusYears(2);
		nearMiss = citizens.in(caseworker)
			.municipality(municipality)
			.contact(caseworker)
			.benefit(BenefitType.KONTANTHJAELP, selection.minusYears(6), gapEnd.minusDays(30))
			.benefit(BenefitType.KONTANTHJAELP, gapEnd, null)
			.category(VisitationCategory.AKTIVITETSPARAT, selection.minusYears(6).plusDays(10))
			.make();
		jobReady = citizens.in(caseworker)
			.municipality(municipality)
			.contact(caseworker)
			.benefit(BenefitType.KONTANTHJAELP, selection.minusYears(6), null)
			.category(VisitationCategory.JOBPARAT, selection.minusYears(6).plusDays(10))
			.make();
	}

	private Map<String, Object> definition(String name) {
		var body = new HashMap<String, Object>();
		body.put("code", Fresh.name("FSM"));
		body.put("name", name);
		body.put("methods", "Virksomhedsrettet indsats med personlig jobformidler");
		body.put("startsOn", selection.toString());
		body.put("endsOn", selection.plusYears(2).toString());
		body.put("selectionOn", selection.toString());
		body.put("randomised", true);
		body.put("visitationGroups", true);
		body.put("budgetBase", 850_000);
		body.put("budgetActivity", 2_520_000);
		body.put("source", "Bevillingsbrev");
		body.put("clauses", List.of(Map.of("benefits", List.of("KONTANTHJAELP", "UDDANNELSESHJAELP", "INTEGRATIONSYDELSE"),
				"category", "AKTIVITETSPARAT", "minSupportMonths", 60, "maxInterruptionDays", 28)));
		body.put("grantRule", Map.of("startAmount", 6_000, "completionAmount", 10_000, "capPerCitizen", 16_000,
				"courseWeeks", 13, "offerTypes", List.of("VIRKSOMHEDSPRAKTIK", "LOENTILSKUD_PRIVAT")));
		return body;
	}

	@Test
	@Order(1)
	void onlyLeadersDefineProgrammesAndTheRuleIsChecked() {
		assertThat(ApiClient.at(port).as(caseworker).post("/api/v1/programmes", definition("Forsøg")).status()).isEqualTo(403);
		var noName = definition("");
		assertThat(ApiClient.at(port).as(leader).post("/api/v1/programmes", noName).errorFields()).contains("name");
		var noClauses = definition("Forsøg");
		noClauses.put("clauses", List.of());
		assertThat(ApiClient.at(port).as(leader).post("/api/v1/programmes", noClauses).errorFields()).contains("clauses");
		var created = ApiClient.at(port).as(leader).post("/api/v1/programmes", definition("Flere i job"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		programme = created.json().path("id").asString();
		var read = ApiClient.at(port).as(caseworker).get("/api/v1/programmes/" + programme);
		assertThat(read.json().path("clauses").get(0).path("maxInterruptionDays").asInt()).isEqualTo(28);
	}

	@Test
	@Order(2)
	void theSelectionSaysWhoQualifiesAndWhyAndWhoNarrowlyDidNot() {
		var api = ApiClient.at(port).as(leader);
		var selected = api.post("/api/v1/programmes/" + programme + "/selection", Map.of());
		assertThat(selected.status()).as("%s", selected).isEqualTo(201);
		assertThat(selected.json().path("members").asInt()).isEqualTo(8);
		var again = api.post("/api/v1/programmes/" + programme + "/selection", Map.of());
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.errorFields()).contains("selection");

		var list = api.get("/api/v1/programmes/" + programme + "/selection").json();
		var members = new ArrayList<String>();
		list.path("members").forEach(m -> members.add(m.path("citizen").asString()));
		assertThat(members).containsExactlyInAnyOrderElementsOf(qualifying.stream().map(CitizenId::toString).toList());
		assertThat(members).doesNotContain(jobReady.toString());
		assertThat(list.path("members").get(0).path("reasons").get(0).path("text").asString()).isEqualTo("Modtager Kontanthjælp");
		var miss = list.path("nearMisses").get(0);
		assertThat(list.path("nearMisses")).hasSize(1);
		assertThat(miss.path("citizen").asString()).isEqualTo(nearMiss.toString());
		assertThat(miss.path("reasons").get(0).path("text").asString()).isEqualTo("Ydelsen var afbrudt i 29 dage");
		var english = ApiClient.at(port).as(leader).inEnglish().get("/api/v1/programmes/" + programme + "/selection").json();
		assertThat(english.path("nearMisses").get(0).path("reasons").get(0).path("text").asString())
			.isEqualTo("The benefit was interrupted for 29 days");
		assertThat(new AuditTrail(auditLog).about("citizen/" + nearMiss))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("programme-selection " + programme));
	}

	@Test
	@Order(3)
	void theDrawIsRecordedAndTheAuditorCanVerifyIt() {
		var api = ApiClient.at(port).as(leader);
		var tooMany = api.post("/api/v1/programmes/" + programme + "/randomisation", Map.of("seed", 42, "participants", 8));
		assertThat(tooMany.errorFields()).contains("participants");
		var drawn = api.post("/api/v1/programmes/" + programme + "/randomisation",
				Map.of("seed", 42, "participants", 4, "stratified", true));
		assertThat(drawn.status()).as("%s", drawn).isEqualTo(201);
		assertThat(drawn.json().path("participants").asInt()).isEqualTo(4);
		assertThat(drawn.json().path("controls").asInt()).isEqualTo(4);
		assertThat(drawn.json().path("allocationHash").asString()).hasSize(64);
		assertThat(api.post("/api/v1/programmes/" + programme + "/randomisation", Map.of("seed", 43, "participants", 4))
			.errorFields()).contains("seed");
		var verified = ApiClient.at(port).as(auditor).get("/api/v1/programmes/" + programme + "/randomisation");
		assertThat(verified.json().path("intact").asBoolean()).isTrue();
		assertThat(verified.json().path("seed").asLong()).isEqualTo(42);
		assertThat(ApiClient.at(port).as(caseworker).get("/api/v1/programmes/" + programme + "/randomisation").status())
			.isEqualTo(403);
		api.get("/api/v1/programmes/" + programme + "/selection")
			.json()
			.path("members")
			.forEach(m -> arms.put(m.path("citizen").asString(), m.path("arm").asString()));
		assertThat(arms.values().stream().filter("PARTICIPANT"::equals)).hasSize(4);
		var expected = Randomisation.draw(qualifying.stream()
			.map(id -> new Randomisation.Candidate(id.value(), "KONTANTHJAELP"))
			.toList(), 42, 4, true);
		expected.arms().forEach((citizen, arm) -> assertThat(arms.get(citizen.toString())).isEqualTo(arm.name()));
	}

	private String participant(int n) {
		return arms.entrySet().stream().filter(e -> e.getValue().equals("PARTICIPANT")).map(Map.Entry::getKey).sorted().toList().get(n);
	}

	@Test
	@Order(4)
	void theCaseworkerVisitsAndSeesWhoInGroupOneLacksAPlanACvOrAJobMediator() {
		var api = ApiClient.at(port).as(caseworker);
		var path = "/api/v1/programmes/" + programme + "/visitations";
		var today = LocalDate.now(clock);
		var deferredWithoutDate = api.post(path, Map.of("citizen", participant(0), "group", "DEFERRED", "decidedOn",
				today.toString(), "deferralReason", "MATERNITY"));
		assertThat(deferredWithoutDate.status()).isEqualTo(422);
		assertThat(deferredWithoutDate.errorFields()).contains("revisitOn");
		assertThat(api.post(path, Map.of("citizen", participant(0), "group", "DEFERRED", "decidedOn", today.toString(),
				"revisitOn", today.plusMonths(6).toString(), "deferralReason", "MATERNITY")).status()).isEqualTo(201);
		assertThat(api.post(path, Map.of("citizen", jobReady.toString(), "group", "GROUP_1", "decidedOn", today.toString()))
			.errorFields()).contains("citizen");
		assertThat(api.post(path, Map.of("citizen", participant(1), "group", "GROUP_2", "decidedOn", today.toString(),
				"jobMediator", caseworker.id().toString())).errorFields()).contains("jobMediator");
		assertThat(api.post(path, Map.of("citizen", participant(1), "group", "GROUP_1", "decidedOn", today.toString()))
			.status()).isEqualTo(201);
		var lacking = api.get(path + "/lacking").json();
		assertThat(lacking.path("groupOne").asInt()).isEqualTo(1);
		assertThat(lacking.path("lackingCv").asInt()).isEqualTo(1);
		assertThat(lacking.path("lackingMediator").asInt()).isEqualTo(1);
		assertThat(lacking.path("mine").get(0).path("citizen").asString()).isEqualTo(participant(1));
		assertThat(lacking.path("mine").get(0).path("plan").asBoolean()).isTrue();
		assertThat(api.post(path, Map.of("citizen", participant(1), "group", "GROUP_1", "decidedOn", today.toString(),
				"jobMediator", caseworker.id().toString())).status()).isEqualTo(201);
		assertThat(api.get(path + "/lacking").json().path("lackingMediator").asInt()).isZero();
	}

	@Test
	@Order(5)
	void grantsAreComputedFromPlacementsAndReconciledWithTheBudget() {
		var start = LocalDate.now(clock);
		var offer = ApiClient.at(port).as(caseworker).post("/api/v1/citizens/" + participant(2) + "/offers",
				Map.of("type", "VIRKSOMHEDSPRAKTIK", "providerKind", "COMPANY", "providerName", "Bilka", "startDate",
						start.toString(), "plannedEnd", start.plusWeeks(13).minusDays(1).toString(), "reason", "Snusepraktik"));
		assertThat(offer.status()).as("%s", offer).isEqualTo(201);
		var api = ApiClient.at(port).as(leader);
		assertThat(api.post("/api/v1/programmes/" + programme + "/payments",
				Map.of("receivedOn", start.toString(), "amount", 6_000, "note", "Udbetaling fra STAR")).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/programmes/" + programme + "/payments",
				Map.of("receivedOn", start.toString(), "amount", 0, "note", "Nul")).errorFields()).contains("amount");
		var grants = api.get("/api/v1/programmes/" + programme + "/grants").json();
		assertThat(grants.path("entries")).hasSize(1);
		assertThat(grants.path("entries").get(0).path("citizen").asString()).isEqualTo(participant(2));
		assertThat(grants.path("entries").get(0).path("kind").asString()).isEqualTo("START");
		assertThat(grants.path("totals").path("earned").asLong()).isEqualTo(6_000);
		assertThat(grants.path("totals").path("received").asLong()).isEqualTo(6_000);
		assertThat(grants.path("totals").path("outstanding").asLong()).isZero();
		assertThat(grants.path("totals").path("headroom").asLong()).isEqualTo(2_514_000);
	}

	@Test
	@Order(6)
	void exitsAndTheStatusReportAsJsonPdfAndSpreadsheet() {
		var api = ApiClient.at(port).as(caseworker);
		var exit = Map.of("citizen", participant(3), "exitedOn", LocalDate.now(clock).toString(), "destination", "ORDINARY_JOB");
		assertThat(api.post("/api/v1/programmes/" + programme + "/exits", exit).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/programmes/" + programme + "/exits", exit).errorFields()).contains("citizen");
		var leaderApi = ApiClient.at(port).as(leader);
		var report = leaderApi.get("/api/v1/programmes/" + programme + "/report").json();
		assertThat(report.path("members").asInt()).isEqualTo(8);
		assertThat(report.path("cohort").asInt()).isEqualTo(4);
		assertThat(report.path("started").asInt()).isEqualTo(1);
		assertThat(report.path("startedPercent").asInt()).isEqualTo(25);
		assertThat(report.path("exits").path("ORDINARY_JOB").asInt()).isEqualTo(1);
		assertThat(report.path("units").get(0).path("groups").path("GROUP_1").asInt()).isEqualTo(1);
		var pdf = leaderApi.get("/api/v1/programmes/" + programme + "/report.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
		var xlsx = leaderApi.get("/api/v1/programmes/" + programme + "/report.xlsx");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		assertThat(xlsx.body()).startsWith("PK");
		assertThat(api.get("/api/v1/programmes/" + programme + "/report").status()).isEqualTo(403);
	}

	@Test
	@Order(7)
	void theEffectEvaluationComparesTheArmsAndExplainsItself() {
		var evaluation = ApiClient.at(port).as(leader).get("/api/v1/programmes/" + programme + "/evaluation").json();
		assertThat(evaluation.path("hours").path("participants").asInt()).isEqualTo(4);
		assertThat(evaluation.path("hours").path("controls").asInt()).isEqualTo(4);
		assertThat(evaluation.path("selfSufficiency").path("pValue").asDouble()).isBetween(0.0, 1.0);
		assertThat(evaluation.path("quarters").size()).isGreaterThan(1);
		assertThat(evaluation.path("explanation").asString()).contains("95 %").contains("Tallene siger ikke");
	}


	@Test
	@Order(8)
	void theVisitationPageListsTheCaseworkersOwnCitizensWhoLackSomethingAndNamesTheWrongField() {
		var pages = PageClient.at(port);
		pages.login(caseworker);
		var page = pages.get("/programmer/" + programme + "/visitation");
		assertThat(page.status()).isEqualTo(200);
		var html = Jsoup.parse(page.body());
		assertThat(html.select("#lacking tr[data-citizen=" + participant(1) + "] td[data-lacks=true]")).hasSize(2);
		assertThat(html.select("#my-members tbody tr")).hasSize(8);
		var refused = pages.post("/programmer/" + programme + "/visitation", Map.of("citizen", participant(2), "group",
				"DEFERRED", "decidedOn", LocalDate.now(clock).toString(), "deferralReason", "PRISON"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#visit-summary a[href=#visit-revisitOn]").text())
			.isEqualTo("Udskudt visitation kræver en dato for ny visitation efter visitationsdatoen");
		var saved = pages.post("/programmer/" + programme + "/visitation", Map.of("citizen", participant(2), "group",
				"DEFERRED", "decidedOn", LocalDate.now(clock).toString(), "revisitOn", LocalDate.now(clock).plusMonths(3).toString(),
				"deferralReason", "PRISON"));
		assertThat(saved.location()).endsWith("/visitation?gemt");
	}

}
