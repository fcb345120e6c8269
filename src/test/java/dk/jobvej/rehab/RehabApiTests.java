package dk.jobvej.rehab;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditEntry;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.rehab.internal.TeamCases;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.SignedIn;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.FLEKSJOB;
import static dk.jobvej.citizen.BenefitType.LEDIGHEDSYDELSE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rehabilitation API over real HTTP: cases with today's rules, the meeting agenda with the
 * documents each case misses, recommendation, decision and letter, the free-municipality variant
 * and its report, bad input answered in Danish naming the field, and every read audited.
 */
@JobvejIntegrationTest
class RehabApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TeamCases teamCases;

	@Autowired
	Clock clock;

	private TestOrganisation organisation;

	private Staff caseworker;

	private Staff leader;

	private CitizenId citizen;

	private LocalDate today;

	@BeforeEach
	void aCaseworkerAndALeaderOfRessourceCenterWithACitizen() {
		today = LocalDate.now(clock);
		organisation = new TestOrganisation(administration);
		var unit = organisation.unit("RessourceCenter");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		leader = organisation.hire(unit, Role.TEAM_LEADER);
		citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(LEDIGHEDSYDELSE, today.minusMonths(8), null)
			.make();
	}

	private ApiClient api(Staff staff) {
		return ApiClient.at(port).as(staff);
	}

	private UUID open(String type, LocalDate arisen) {
		var created = api(caseworker).post("/api/v1/rehab/cases",
				Map.of("citizen", citizen.toString(), "type", type, "arisenOn", arisen.toString()));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	@Test
	void aFlexjobCaseTodayFollowsTheReformNoTeamAndTheHealthCoordinatorsAdvice() {
		var id = open("FLEKSJOB", today);

		var view = api(caseworker).get("/api/v1/rehab/cases/" + id);

		assertThat(view.status()).as("%s", view).isEqualTo(200);
		var json = view.json();
		assertThat(json.path("teamRequired").asBoolean()).isFalse();
		assertThat(json.path("status").asString()).isEqualTo("AABEN");
		assertThat(json.path("missing").toString()).contains("SAMLET_BESKRIVELSE").contains("SUNDHEDSKOORDINATOR")
			.doesNotContain("LAEGEATTEST_LAE265");
		assertThat(json.path("citizenName").asString()).startsWith("Test ");
		assertThat(json.path("maskedCpr").asString()).endsWith("-xxxx");
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizen))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("rehab-case-api"))
			.anySatisfy(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
				assertThat(entry.what()).isEqualTo("rehab-case");
			});
	}

	@Test
	void aCaseThatAroseBeforeTheReformWasDecidedOnlyAfterTheTeamsRecommendationThen() {
		var id = open("FLEKSJOB", LocalDate.of(2026, 4, 1));

		var beforeReform = api(caseworker).post("/api/v1/rehab/cases/" + id + "/decision",
				Map.of("outcome", "FLEKSJOB", "text", "Arbejdsevnen er varigt nedsat", "decidedOn", "2026-06-15"));
		var afterReform = api(caseworker).post("/api/v1/rehab/cases/" + id + "/decision",
				Map.of("outcome", "FLEKSJOB", "text", "Arbejdsevnen er varigt nedsat", "decidedOn", "2026-07-15"));

		assertThat(beforeReform.status()).as("%s", beforeReform).isEqualTo(422);
		assertThat(beforeReform.errorFields()).containsExactly("outcome");
		assertThat(beforeReform.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Sagen skal behandles i rehabiliteringsteamet (eller fritages), før der træffes afgørelse");
		assertThat(afterReform.status()).as("%s", afterReform).isEqualTo(204);
		assertThat(api(caseworker).get("/api/v1/rehab/cases/" + id).json().path("status").asString())
			.isEqualTo("AFGJORT");
	}

	@Test
	void badInputIsAnsweredInDanishNamingTheField() {
		var missing = api(caseworker).post("/api/v1/rehab/cases", Map.of("citizen", citizen.toString()));
		var future = api(caseworker).post("/api/v1/rehab/cases",
				Map.of("citizen", citizen.toString(), "type", "FLEKSJOB", "arisenOn", today.plusDays(1).toString()));
		var abolished = api(caseworker).post("/api/v1/rehab/cases",
				Map.of("citizen", citizen.toString(), "type", "RESSOURCEFORLOEB", "arisenOn", "2026-07-01"));
		var notJson = api(caseworker).post("/api/v1/rehab/cases", "{\"citizen\": ");
		var english = ApiClient.at(port).as(caseworker).inEnglish().post("/api/v1/rehab/cases",
				Map.of("citizen", citizen.toString(), "type", "FLEKSJOB", "arisenOn", today.plusDays(1).toString()));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactly("type");
		assertThat(missing.json().path("errors").get(0).path("message").asString()).isEqualTo("Skal udfyldes");
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.errorFields()).containsExactly("arisenOn");
		assertThat(future.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Datoen må ikke ligge i fremtiden");
		assertThat(abolished.status()).isEqualTo(422);
		assertThat(abolished.errorFields()).containsExactly("type");
		assertThat(abolished.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Reglerne tillader ikke en ny sag af denne type med opstået dato 2026-07-01");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(english.json().path("errors").get(0).path("message").asString())
			.isEqualTo("The date may not be in the future");
	}

	@Test
	void theAgendaShowsEachCasesMissingDocumentsUntilTheyArriveAndTheDecisionGetsALetter() throws Exception {
		var id = open("FLEKSJOB", today);
		var team = api(leader).post("/api/v1/rehab/teams", Map.of("name", Fresh.name("Rehabiliteringsteam "),
				"members", List.of(Map.of("function", "BESKAEFTIGELSE", "name", "Jobcentrets rådgiver"),
						Map.of("function", "KLINISK_FUNKTION", "name", "Regionens kliniker"))));
		assertThat(team.status()).as("%s", team).isEqualTo(201);
		var meeting = api(caseworker).post("/api/v1/rehab/meetings", Map.of("team", team.json().path("id").asString(),
				"heldOn", today.toString(), "startsAt", "09:00", "location", "Mødelokale 2", "slotMinutes", 45));
		assertThat(meeting.status()).as("%s", meeting).isEqualTo(201);
		var meetingId = meeting.json().path("id").asString();

		assertThat(api(caseworker).post("/api/v1/rehab/meetings/" + meetingId + "/agenda",
				Map.of("rehabCase", id.toString())).status()).isEqualTo(204);
		var agenda = api(caseworker).get("/api/v1/rehab/meetings/" + meetingId).json();
		assertThat(agenda.path("items")).hasSize(1);
		assertThat(agenda.path("items").get(0).path("startsAt").asString()).isEqualTo("09:00:00");
		assertThat(agenda.path("items").get(0).path("missing").toString()).contains("SAMLET_BESKRIVELSE");
		assertThat(agenda.path("missingDocuments").asInt()).isEqualTo(2);

		for (var kind : List.of("SAMLET_BESKRIVELSE", "SUNDHEDSKOORDINATOR")) {
			var recorded = api(caseworker).post("/api/v1/rehab/cases/" + id + "/documents",
					Map.of("kind", kind, "status", "MODTAGET", "on", today.toString()));
			assertThat(recorded.status()).as("%s", recorded).isEqualTo(204);
		}
		assertThat(api(caseworker).get("/api/v1/rehab/meetings/" + meetingId).json().path("missingDocuments").asInt())
			.isZero();

		var recommended = api(caseworker).post("/api/v1/rehab/cases/" + id + "/recommendation",
				Map.of("outcome", "FLEKSJOB", "text", "Teamet anbefaler fleksjob med 15 timer om ugen"));
		assertThat(recommended.status()).as("%s", recommended).isEqualTo(204);
		var decided = api(caseworker).post("/api/v1/rehab/cases/" + id + "/decision",
				Map.of("outcome", "FLEKSJOB", "text", "Du er visiteret til fleksjob."));
		assertThat(decided.status()).as("%s", decided).isEqualTo(204);

		var letter = ApiClient.at(port).as(caseworker).get("/api/v1/rehab/cases/" + id + "/decision-letter");
		assertThat(letter.status()).isEqualTo(200);
		assertThat(letter.headers().firstValue("Content-Type")).contains("application/pdf");
		var pdf = SignedIn.as(caseworker, () -> teamCases.decisionLetter(new RehabCaseId(id), Locale.forLanguageTag("da")));
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Afgørelse om fleksjob").contains("Du er visiteret til fleksjob.")
				.contains("Rehabiliteringsteamet gav den");
		}
		var again = api(caseworker).post("/api/v1/rehab/cases/" + id + "/documents",
				Map.of("kind", "SAMLET_BESKRIVELSE", "status", "MANGLER"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.errorFields()).containsExactly("status");
	}

	@Test
	void aFreeMunicipalityExemptsCasesAndSkipsCertificatesAndTheReportCountsTheSaving() {
		var municipality = Fresh.municipality();
		var admin = organisation.administrator(municipality);
		var unit = organisation.unit("RessourceCenter", municipality);
		var worker = organisation.hire(unit, Role.CASEWORKER);
		var chief = organisation.hire(unit, Role.TEAM_LEADER);
		var local = new TestCitizens(imports).in(worker).contact(worker).municipality(municipality)
			.benefit(LEDIGHEDSYDELSE, today.minusYears(1), null).make();
		// a resource course that arose before the reform keeps its documents, the GP certificate among them
		var created = api(worker).post("/api/v1/rehab/cases",
				Map.of("citizen", local.toString(), "type", "RESSOURCEFORLOEB", "arisenOn", "2026-03-02"));
		var id = created.json().path("id").asString();

		var notYet = api(worker).post("/api/v1/rehab/cases/" + id + "/exemption",
				Map.of("reason", "TVAERFAGLIG_IGANGSAT"));
		assertThat(notYet.status()).isEqualTo(422);
		assertThat(notYet.errorFields()).containsExactly("reason");

		var setting = api(admin).put("/api/v1/rehab/free-municipality", Map.of("from", "2026-01-01",
				"meetingUnitCost", 5000, "certificateUnitCost", 2000));
		assertThat(setting.status()).as("%s", setting).isEqualTo(204);
		var noNote = api(worker).post("/api/v1/rehab/cases/" + id + "/documents",
				Map.of("kind", "LAEGEATTEST_LAE265", "status", "IKKE_RELEVANT", "on", "2026-03-10"));
		var skipped = api(worker).post("/api/v1/rehab/cases/" + id + "/documents", Map.of("kind",
				"LAEGEATTEST_LAE265", "status", "IKKE_RELEVANT", "on", "2026-03-10", "note", "Egen læge har svaret"));
		var exempted = api(worker).post("/api/v1/rehab/cases/" + id + "/exemption",
				Map.of("reason", "TVAERFAGLIG_IGANGSAT", "note", "Forløb i psykiatrien"));

		assertThat(noNote.status()).isEqualTo(422);
		assertThat(noNote.errorFields()).containsExactly("note");
		assertThat(skipped.status()).as("%s", skipped).isEqualTo(204);
		assertThat(exempted.status()).as("%s", exempted).isEqualTo(204);
		var report = api(chief).get("/api/v1/rehab/free-municipality/report?from=2026-01-01&to=" + today).json();
		assertThat(report.path("exempted").asInt()).isEqualTo(1);
		assertThat(report.path("exemptions").path("TVAERFAGLIG_IGANGSAT").asInt()).isEqualTo(1);
		assertThat(report.path("certificatesNotRequested").asInt()).isEqualTo(1);
		assertThat(report.path("totalSaving").asLong()).isEqualTo(7000);
		assertThat(api(worker).get("/api/v1/rehab/free-municipality/report").status()).isEqualTo(403);
	}

	@Test
	void aColleagueOfAnotherUnitMustStateAReasonAndTheRefusalIsAudited() {
		var id = open("FLEKSJOB", today);
		var other = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);

		var refused = api(other).get("/api/v1/rehab/cases/" + id);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().path("type").asString()).isEqualTo("https://jobvej.dk/problems/reason-required");
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizen)).extracting(AuditEntry::action)
			.contains(AuditAction.ACCESS_DENIED);
	}

	@Test
	void theWorklistShowsTheCaseworkersOpenCasesAndTheLeaderTheUnits() {
		var id = open("FOERTIDSPENSION", today);

		var mine = api(caseworker).get("/api/v1/rehab/cases?list=mine");
		var unit = api(leader).get("/api/v1/rehab/cases?list=unit");
		var notLeader = api(caseworker).get("/api/v1/rehab/cases?list=unit");

		assertThat(mine.json().path("rows").toString()).as("%s", mine).contains(id.toString());
		assertThat(unit.json().path("rows").toString()).as("%s", unit).contains(id.toString());
		assertThat(notLeader.status()).isEqualTo(403);
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizen))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("rehab-worklist"));
	}

	@Test
	void unverifiedRulesAreListedAndAnAdministratorMayMoveOne() {
		var admin = organisation.administrator(TestOrganisation.AALBORG);
		var rules = api(caseworker).get("/api/v1/rehab/rules");
		assertThat(rules.status()).isEqualTo(200);
		assertThat(rules.body()).contains("team.fleksjob.2026").contains("\"certainty\":\"U\"");

		var verified = api(admin).put("/api/v1/rehab/rules/team.fleksjob.2013",
				Map.of("validFrom", "2013-02-01", "note", "Forsøg"));
		var byCaseworker = api(caseworker).put("/api/v1/rehab/rules/team.fleksjob.2026",
				Map.of("validFrom", "2026-02-01", "note", "Forsøg"));
		var unreadable = api(admin).put("/api/v1/rehab/rules/sdp.count.2026", Map.of("value", "fire", "note", "Forsøg"));

		assertThat(verified.status()).isEqualTo(422);
		assertThat(verified.errorFields()).containsExactly("code");
		assertThat(byCaseworker.status()).isEqualTo(403);
		assertThat(unreadable.status()).isEqualTo(422);
		assertThat(unreadable.errorFields()).containsExactly("value");
	}

	/**
	 * The reform's date is unverified (1 Feb or 1 Jul 2026): moved to 1 February, a flexjob case of
	 * April no longer waits for the team in June. The rule is put back afterwards (rules are shared by
	 * every test; test classes run one after the other).
	 */
	@Test
	void movingTheReformsDateMovesTheAnswerForRunningCases() {
		var admin = organisation.administrator(TestOrganisation.AALBORG);
		var id = open("FLEKSJOB", LocalDate.of(2026, 4, 1));
		var decision = Map.of("outcome", "BESKAEFTIGELSESRETTET_INDSATS", "text", "Ordinære timer først", "decidedOn",
				"2026-06-15");
		try {
			var moved = api(admin).put("/api/v1/rehab/rules/team.fleksjob.2026",
					Map.of("validFrom", "2026-02-01", "note", "Lov 1750/2025: fleksjob fra 1. februar"));
			assertThat(moved.status()).as("%s", moved).isEqualTo(204);
			assertThat(api(caseworker).post("/api/v1/rehab/cases/" + id + "/decision", decision).status()).isEqualTo(204);
			assertThat(new AuditTrail(auditLog).about("rehab-rule/team.fleksjob.2026"))
				.anySatisfy(entry -> assertThat(entry.actor()).isEqualTo(admin.username()));
		}
		finally {
			var back = api(admin).put("/api/v1/rehab/rules/team.fleksjob.2026",
					Map.of("validFrom", "2026-07-01", "note", "Tilbage til referencens bedste bud"));
			assertThat(back.status()).as("%s", back).isEqualTo(204);
		}
		var rows = api(caseworker).get("/api/v1/rehab/rules").json();
		for (var row : rows) {
			if (row.path("row").path("code").asString().equals("team.fleksjob.2013")) {
				assertThat(row.path("row").path("validTo").asString()).isEqualTo("2026-06-30");
			}
		}
	}

}
