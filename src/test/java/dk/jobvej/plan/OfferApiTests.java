package dk.jobvej.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static dk.jobvej.citizen.VisitationCategory.JOBPARAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offers over real HTTP: the duration rules of the citizen's target group and of the catalogue
 * project decide how long an offer may run and be extended, and a refusal names the rule; a
 * full project puts the citizen on its waiting list with a position; granting, refusing,
 * extending and ending write decision letters with legal basis and appeal guidance; bad input
 * is refused naming the field; mentors read but do not decide; every read is audited.
 */
@JobvejIntegrationTest
class OfferApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	AuditLog auditLog;

	private TestOrganisation organisation;

	private TestCitizens citizens;

	private Staff caseworker;

	private Staff mentor;

	private ApiClient api;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void aJobcentreHouse() {
		organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Job- og Aktivhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		mentor = organisation.hire(unit, Role.MENTOR);
		citizens = new TestCitizens(imports);
		api = ApiClient.at(port).as(caseworker);
	}

	@Test
	void anInternshipForAJobReadyCitizenLastsAtMostFourWeeksAndTheRefusalNamesTheRule() {
		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, JOBPARAT);

		var tooLong = api.post(offers(citizen), internship(today, today.plusWeeks(6)));

		assertThat(tooLong.status()).as("%s", tooLong).isEqualTo(422);
		assertThat(tooLong.errorFields()).containsExactly("plannedEnd");
		assertThat(tooLong.json().path("errors").get(0).path("message").asString())
			.contains("Virksomhedspraktik for dagpengemodtagere, jobparate og uddannelsesparate: højst 4 uger")
			.contains(today.plusWeeks(4).minusDays(1).toString());

		var granted = api.post(offers(citizen), internship(today, today.plusWeeks(4).minusDays(1)));
		assertThat(granted.status()).as("%s", granted).isEqualTo(201);
		assertThat(granted.json().path("status").asString()).isEqualTo("GRANTED");

		var offer = granted.json().path("id").asString();
		var extension = api.post("/api/v1/offers/" + offer + "/extension",
				Map.of("plannedEnd", today.plusWeeks(5).toString(), "reason", "Borgeren trives"));
		assertThat(extension.status()).isEqualTo(422);
		assertThat(extension.json().path("errors").get(0).path("message").asString()).contains("tillader ingen forlængelse");
	}

	@Test
	void haandvaerkerprojektetRunsThirteenWeeksAndMayBeExtendedOnceByThirteen() {
		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);

		var fourteenWeeks = api.post(offers(citizen), project(today, today.plusWeeks(14).minusDays(1)));
		assertThat(fourteenWeeks.status()).isEqualTo(422);
		assertThat(fourteenWeeks.json().path("errors").get(0).path("message").asString())
			.contains("Håndværkerprojektet: 13 uger og forlængelse med højst 13 uger");

		var granted = api.post(offers(citizen), project(today, today.plusWeeks(13).minusDays(1)));
		assertThat(granted.status()).as("%s", granted).isEqualTo(201);
		var offer = "/api/v1/offers/" + granted.json().path("id").asString();
		assertThat(api.get(offer).json().path("rules").get(0).asString()).startsWith("Håndværkerprojektet");

		var extended = api.post(offer + "/extension",
				Map.of("plannedEnd", today.plusWeeks(26).minusDays(1).toString(), "reason", "Progression i værkstedet"));
		assertThat(extended.status()).as("%s", extended).isEqualTo(204);

		var again = api.post(offer + "/extension",
				Map.of("plannedEnd", today.plusWeeks(27).toString(), "reason", "Endnu en forlængelse"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().path("errors").get(0).path("message").asString())
			.contains("Håndværkerprojektet").contains("ikke, at indsatsen varer ud over");

		var history = api.get(offer).json().path("history");
		assertThat(history).hasSize(2);
		assertThat(history.get(1).path("kind").asString()).isEqualTo("EXTENDED");
	}

	@Test
	void aFullProjectPutsTheCitizenOnItsWaitingListWithAPosition() {
		var admin = organisation.administrator(TestOrganisation.AALBORG);
		var project = ApiClient.at(port).as(admin).post("/api/v1/catalogue/projects", Map.of("name",
				Fresh.name("Cykelværkstedet "), "heading", "Værkstedorienteret tilbud", "providerKind", "INTERNAL_PROJECT",
				"providerName", "RessourceCenter Aalborg", "offerType", "OPKVALIFICERING", "places", 1, "source",
				"Test", "baseWeeks", 8, "extensionWeeks", 4, "maxWeeks", 12));
		assertThat(project.status()).as("%s", project).isEqualTo(201);
		var projectId = project.json().path("id").asString();
		var first = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);
		var second = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);
		var third = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);
		var period = Map.of("project", projectId, "startDate", today.toString(), "plannedEnd",
				today.plusWeeks(8).minusDays(1).toString(), "reason", "Afklaring i værksted");

		var granted = api.post(offers(first), period);
		var waiting = api.post(offers(second), period);
		var alsoWaiting = api.post(offers(third), period);

		assertThat(granted.json().path("status").asString()).isEqualTo("GRANTED");
		assertThat(waiting.json().path("status").asString()).isEqualTo("WAITING");
		assertThat(waiting.json().path("waitingPosition").asInt()).isEqualTo(1);
		assertThat(alsoWaiting.json().path("waitingPosition").asInt()).isEqualTo(2);
		assertThat(api.get("/api/v1/catalogue/projects/" + projectId).json().path("waiting").asInt()).isEqualTo(2);

		var secondOffer = "/api/v1/offers/" + waiting.json().path("id").asString();
		var stillFull = api.post(secondOffer + "/grant", Map.of("reason", "Plads?"));
		assertThat(stillFull.status()).isEqualTo(422);
		assertThat(stillFull.errorFields()).containsExactly("startDate");

		var ended = api.post("/api/v1/offers/" + granted.json().path("id").asString() + "/end",
				Map.of("lastDay", today.toString(), "result", "ORDINARY_JOB", "reason", "Fik job"));
		assertThat(ended.status()).as("%s", ended).isEqualTo(204);
		var nextMonday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
		var placed = api.post(secondOffer + "/grant", Map.of("startDate", nextMonday.toString(), "plannedEnd",
				nextMonday.plusWeeks(8).minusDays(1).toString(), "reason", "Der er en ledig plads"));
		assertThat(placed.status()).as("%s", placed).isEqualTo(204);
		assertThat(api.get(secondOffer).json().path("status").asString()).isEqualTo("GRANTED");
		assertThat(api.get("/api/v1/offers/" + alsoWaiting.json().path("id").asString()).json().path("waitingPosition")
			.asInt()).isEqualTo(1);
	}

	@Test
	void decisionsCarryTheLegalBasisAndTheAppealGuidanceAndAreStoredOnTheCase() {
		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);
		var granted = api.post(offers(citizen), internship(today, today.plusWeeks(13).minusDays(1)));
		assertThat(granted.status()).as("%s", granted).isEqualTo(201);
		var refused = api.post(offers(citizen) + "/refusals", Map.of("type", "VOKSENLAERLING", "reason",
				"Borgeren har allerede en erhvervsuddannelse inden for faget"));
		assertThat(refused.status()).as("%s", refused).isEqualTo(201);

		var decisions = api.get("/api/v1/citizens/" + citizen + "/decisions").json();

		assertThat(decisions).hasSize(2);
		assertThat(decisions.get(0).path("kind").asString()).isEqualTo("REFUSE_OFFER");
		assertThat(decisions.get(1).path("kind").asString()).isEqualTo("GRANT_OFFER");
		var grant = PlanFixtures.pdfText(port, caseworker,
				"/api/v1/decisions/" + decisions.get(1).path("id").asString() + "/letter");
		assertThat(grant).contains("Afgørelse om virksomhedspraktik")
			.contains("Du får virksomhedspraktik hos Bilka Aalborg fra")
			.contains("Lov om en aktiv beskæftigelsesindsats, kapitel 11 (virksomhedspraktik)")
			.contains("Sådan klager du")
			.contains("senest 4 uger")
			.contains("Ankestyrelsen")
			.contains("Prøve lagerarbejde af");
		var refusal = PlanFixtures.pdfText(port, caseworker,
				"/api/v1/decisions/" + decisions.get(0).path("id").asString() + "/letter");
		assertThat(refusal).contains("afslag på et voksenlærlingeforløb").contains("allerede en erhvervsuddannelse");
		var journal = api.get("/api/v1/citizens/" + citizen + "/journal").json();
		assertThat(journal.get(0).path("text").asString()).startsWith("Afgørelse sendt:");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);

		var noStart = api.post(offers(citizen), Map.of("type", "VIRKSOMHEDSPRAKTIK", "providerKind", "COMPANY",
				"providerName", "Bilka", "reason", "x"));
		assertThat(noStart.status()).isEqualTo(400);
		assertThat(noStart.errorFields()).containsExactly("startDate");

		var endsBeforeStart = api.post(offers(citizen), internship(today, today.minusDays(1)));
		assertThat(endsBeforeStart.status()).isEqualTo(422);
		assertThat(endsBeforeStart.errorFields()).containsExactly("plannedEnd");

		var farAhead = api.post(offers(citizen), internship(today.plusYears(2), today.plusYears(2).plusWeeks(2)));
		assertThat(farAhead.status()).isEqualTo(422);
		assertThat(farAhead.errorFields()).containsExactly("startDate");

		var badCvr = new HashMap<String, Object>(internship(today, today.plusWeeks(2)));
		badCvr.put("providerCvr", "12345678");
		var refusedCvr = api.post(offers(citizen), badCvr);
		assertThat(refusedCvr.status()).isEqualTo(422);
		assertThat(refusedCvr.errorFields()).containsExactly("providerCvr");

		var noEnd = api.post(offers(citizen), Map.of("type", "VIRKSOMHEDSPRAKTIK", "providerKind", "COMPANY",
				"providerName", "Bilka", "startDate", today.toString(), "reason", "x"));
		assertThat(noEnd.status()).isEqualTo(422);
		assertThat(noEnd.errorFields()).containsExactly("plannedEnd");

		var noReason = api.post(offers(citizen), Map.of("type", "VIRKSOMHEDSPRAKTIK", "providerKind", "COMPANY",
				"providerName", "Bilka", "startDate", today.toString(), "plannedEnd", today.plusWeeks(2).toString()));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.errorFields()).containsExactly("reason");

		var hoursMissing = api.post(offers(citizen), Map.of("type", "ORDINAERE_TIMER", "providerKind", "COMPANY",
				"providerName", "Netto", "startDate", today.toString()));
		assertThat(hoursMissing.status()).isEqualTo(422);
		assertThat(hoursMissing.errorFields()).containsExactly("hoursPerWeek");

		var unknownType = api.post(offers(citizen), Map.of("type", "SKOVTUR", "startDate", today.toString()));
		assertThat(unknownType.status()).isEqualTo(400);

		var smallJob = api.post(offers(citizen), Map.of("type", "ORDINAERE_TIMER", "providerKind", "COMPANY",
				"providerName", "Netto", "providerCvr", "13748136", "startDate", today.toString(), "hoursPerWeek", 7));
		assertThat(smallJob.status()).as("%s", smallJob).isEqualTo(201);
		assertThat(api.get("/api/v1/citizens/" + citizen + "/decisions").json()).as("ordinary hours are no decision")
			.isEmpty();
	}

	@Test
	void aMentorReadsTheOffersButDoesNotDecideAndReadsAreAudited() {
		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);
		var mentorApi = ApiClient.at(port).as(mentor);

		assertThat(mentorApi.post(offers(citizen), internship(today, today.plusWeeks(2))).status()).isEqualTo(403);
		assertThat(mentorApi.get(offers(citizen)).status()).isEqualTo(200);

		assertThat(new AuditTrail(auditLog).about("citizen/" + citizen)).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo(mentor.username());
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.what()).isEqualTo("offers-api");
		});
	}

	private static String offers(CitizenId citizen) {
		return "/api/v1/citizens/" + citizen + "/offers";
	}

	private static Map<String, Object> internship(LocalDate start, LocalDate end) {
		return Map.of("type", "VIRKSOMHEDSPRAKTIK", "providerKind", "COMPANY", "providerName", "Bilka Aalborg",
				"startDate", start.toString(), "plannedEnd", end.toString(), "reason", "Prøve lagerarbejde af");
	}

	private static Map<String, Object> project(LocalDate start, LocalDate end) {
		return Map.of("project", PlanFixtures.HAANDVAERKERPROJEKTET.toString(), "startDate", start.toString(),
				"plannedEnd", end.toString(), "reason", "Afklaring af jobønsker i værkstedsrammer");
	}

}
