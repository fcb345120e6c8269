package dk.jobvej.plan;

import java.time.LocalDate;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Min Plan over real HTTP: the end goal and sub-goals keep their history, agreements are dated
 * by their conversation, the caseworker points to self-help, progression is measured on the
 * indicators each party answers, the catalogue is the administrator's, and the 70 % target is
 * counted per unit.
 */
@JobvejIntegrationTest
class PlanApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	private TestOrganisation organisation;

	private Staff caseworker;

	private TestCitizens citizens;

	private ApiClient api;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void aCaseworker() {
		organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
		citizens = new TestCitizens(imports);
		api = ApiClient.at(port).as(caseworker);
	}

	@Test
	void aNewEndGoalReplacesTheOldOneWhichStaysInTheHistory() {
		var plan = "/api/v1/citizens/" + PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT) + "/plan";

		assertThat(api.post(plan + "/end-goal", Map.of("text", "Job som lagerarbejder", "occupation", "9333")).status())
			.isEqualTo(201);
		var version = api.get(plan).json().path("version").asInt();
		assertThat(api.post(plan + "/end-goal", Map.of("text", "Job som truckfører", "occupation", "8344", "version",
				version)).status()).isEqualTo(201);
		var sub = api.post(plan + "/sub-goals", Map.of("text", "Tage truckcertifikat", "due",
				today.plusMonths(2).toString()));
		assertThat(sub.status()).isEqualTo(201);
		var closed = api.post(plan + "/goals/" + sub.json().path("id").asString() + "/close", Map.of("reached", true));
		assertThat(closed.status()).isEqualTo(204);

		var view = api.get(plan).json();
		assertThat(view.path("endGoal").path("text").asString()).isEqualTo("Job som truckfører");
		assertThat(view.path("closedGoals")).hasSize(2);
		assertThat(view.path("closedGoals").toString()).contains("REPLACED", "REACHED", "Job som lagerarbejder");

		var stale = api.post(plan + "/end-goal", Map.of("text", "Noget helt tredje", "version", version));
		assertThat(stale.status()).isEqualTo(409);
		var closeAgain = api.post(plan + "/goals/" + sub.json().path("id").asString() + "/close", Map.of("reached", false));
		assertThat(closeAgain.status()).isEqualTo(422);
		assertThat(closeAgain.errorFields()).containsExactly("status");
	}

	@Test
	void datesOfGoalsAndAgreementsAreCheckedAndNamed() {
		var plan = "/api/v1/citizens/" + PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT) + "/plan";

		var duePassed = api.post(plan + "/sub-goals", Map.of("text", "Søge fem job", "due", today.minusDays(1).toString()));
		assertThat(duePassed.status()).isEqualTo(422);
		assertThat(duePassed.errorFields()).containsExactly("due");

		var future = api.post(plan + "/agreements", Map.of("conversationDate", today.plusDays(1).toString(), "text", "x"));
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.errorFields()).containsExactly("conversationDate");

		var noText = api.post(plan + "/agreements", Map.of("conversationDate", today.toString()));
		assertThat(noText.status()).isEqualTo(400);
		assertThat(noText.errorFields()).containsExactly("text");

		var conversation = java.util.UUID.randomUUID();
		var agreed = api.post(plan + "/agreements", Map.of("conversationDate", today.minusDays(2).toString(),
				"conversation", conversation.toString(), "text", "Borgeren søger tre job inden næste samtale"));
		assertThat(agreed.status()).isEqualTo(201);
		var agreement = api.get(plan).json().path("agreements").get(0);
		assertThat(agreement.path("conversation").asString()).isEqualTo(conversation.toString());
		assertThat(agreement.path("conversationDate").asString()).isEqualTo(today.minusDays(2).toString());

		var unknownItem = api.post(plan + "/help-pointers", Map.of("item", "NOPE"));
		assertThat(unknownItem.status()).isEqualTo(422);
		assertThat(unknownItem.errorFields()).containsExactly("item");
		assertThat(api.post(plan + "/help-pointers", Map.of("item", "LINKEDIN", "note", "Se på det før næste samtale"))
			.status()).isEqualTo(201);
		assertThat(api.get(plan).json().path("pointers").get(0).path("title").asString())
			.isEqualTo("Brug LinkedIn i din jobsøgning");
	}

	@Test
	void theCaseworkerScoresOnlyTheIndicatorsTheCaseworkerAnswers() {
		var progression = "/api/v1/citizens/" + PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT)
				+ "/progression";

		var citizensOwn = api.post(progression, Map.of("measuredOn", today.toString(), "scores", Map.of("EGEN_TRO", 4)));
		assertThat(citizensOwn.status()).isEqualTo(422);
		assertThat(citizensOwn.errorFields()).containsExactly("scores");
		var outOfScale = api.post(progression, Map.of("measuredOn", today.toString(), "scores", Map.of("HELBRED", 6)));
		assertThat(outOfScale.status()).isEqualTo(422);
		var none = api.post(progression, Map.of("measuredOn", today.toString(), "scores", Map.of()));
		assertThat(none.status()).isEqualTo(422);
		var tomorrow = api.post(progression, Map.of("measuredOn", today.plusDays(1).toString(), "scores",
				Map.of("HELBRED", 3)));
		assertThat(tomorrow.errorFields()).containsExactly("measuredOn");

		assertThat(api.post(progression, Map.of("measuredOn", today.minusMonths(1).toString(), "scores",
				Map.of("HELBRED", 2, "RAADGIVERS_TRO", 3))).status()).isEqualTo(201);
		assertThat(api.post(progression, Map.of("measuredOn", today.toString(), "scores",
				Map.of("HELBRED", 3, "RAADGIVERS_TRO", 4))).status()).isEqualTo(201);

		var measurements = api.get(progression).json();
		assertThat(measurements).hasSize(2);
		assertThat(measurements.get(1).path("scores").path("RAADGIVERS_TRO").asInt()).isEqualTo(4);
		assertThat(measurements.get(0).path("byCitizen").asBoolean()).isFalse();
	}

	@Test
	void theAdministratorKeepsTheCatalogueAndItsDurationRuleTakesEffect() {
		var admin = ApiClient.at(port).as(organisation.administrator(TestOrganisation.AALBORG));
		var name = Fresh.name("Genbrugsværkstedet ");
		var created = admin.post("/api/v1/catalogue/projects", Map.of("name", name, "heading",
				"Værkstedorienteret tilbud", "providerKind", "INTERNAL_PROJECT", "providerName", "RessourceCenter Aalborg",
				"offerType", "OPKVALIFICERING", "places", 12, "meetingHours", "Mandag–torsdag 8.00–14.00", "source",
				"Test", "baseWeeks", 6));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		var project = "/api/v1/catalogue/projects/" + created.json().path("id").asString();
		assertThat(admin.post("/api/v1/catalogue/projects", Map.of("name", name, "heading", "x", "providerKind",
				"INTERNAL_PROJECT", "providerName", "x", "offerType", "OPKVALIFICERING", "source", "x")).errorFields())
			.containsExactly("name");
		var seen = api.get(project).json();
		assertThat(seen.path("baseWeeks").asInt()).isEqualTo(6);
		assertThat(seen.path("places").asInt()).isEqualTo(12);

		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);
		var sevenWeeks = api.post("/api/v1/citizens/" + citizen + "/offers", Map.of("project",
				created.json().path("id").asString(), "startDate", today.toString(), "plannedEnd",
				today.plusWeeks(7).toString(), "reason", "Afklaring"));
		assertThat(sevenWeeks.status()).isEqualTo(422);
		assertThat(sevenWeeks.json().path("errors").get(0).path("message").asString()).contains(name.strip());

		assertThat(api.post("/api/v1/catalogue/projects", Map.of()).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/catalogue/occupancy").status()).isEqualTo(403);
	}

	@Test
	void theSeventyPercentTargetCountsCompanyOrientedOffersWithinTwelveMonthsPerUnit() {
		var municipality = Fresh.municipality();
		var unit = organisation.unit(municipality);
		var own = organisation.hire(unit, Role.CASEWORKER);
		var leader = organisation.hire(unit, Role.TEAM_LEADER);
		var ownApi = ApiClient.at(port).as(own);
		var thirteenMonthsAgo = today.minusMonths(13);
		for (var i = 0; i < 4; i++) {
			var citizen = citizens.in(own)
				.municipality(municipality)
				.contact(own)
				.benefit(BenefitType.KONTANTHJAELP, thirteenMonthsAgo, null)
				.category(AKTIVITETSPARAT, thirteenMonthsAgo.plusDays(3))
				.make();
			var start = i < 3 ? today.minusMonths(11) : today.minusDays(10);
			var offer = ownApi.post("/api/v1/citizens/" + citizen + "/offers", Map.of("type", "VIRKSOMHEDSPRAKTIK",
					"providerKind", "COMPANY", "providerName", "Føtex", "startDate", start.toString(), "plannedEnd",
					start.plusWeeks(13).minusDays(1).toString(), "reason", "Praktik"));
			assertThat(offer.status()).as("%s", offer).isEqualTo(201);
		}
		citizens.in(own).municipality(municipality).benefit(BenefitType.KONTANTHJAELP, today.minusMonths(6), null).make();

		var target = ApiClient.at(port).as(leader).get("/api/v1/targets/company-oriented");

		assertThat(target.status()).as("%s", target).isEqualTo(200);
		var json = target.json();
		assertThat(json.path("targetPercent").asInt()).isEqualTo(70);
		assertThat(json.path("total").path("cohort").asInt()).isEqualTo(4);
		assertThat(json.path("total").path("reached").asInt()).isEqualTo(3);
		assertThat(json.path("total").path("percent").asInt()).isEqualTo(75);
		assertThat(json.path("units")).hasSize(1);
		assertThat(json.path("counted").toString()).contains("VIRKSOMHEDSPRAKTIK", "LOENTILSKUD_PRIVAT", "VOKSENLAERLING")
			.doesNotContain("MENTOR");
	}

}
