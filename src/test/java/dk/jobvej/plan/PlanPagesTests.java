package dk.jobvej.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.PageClient;
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
 * The plan pages over HTTP: the caseworker's plan page with goals, offers, decisions, the
 * progression chart and Digital Jobhjælp; the citizen's own plan in plain Danish with their letters
 * and their own measurement; the self-help library where the citizen ticks off steps and the
 * caseworker sees how far they came; the catalogue with occupancy for leaders.
 */
@JobvejIntegrationTest
class PlanPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	private Staff caseworker;

	private Staff leader;

	private TestCitizens.Builder builder;

	private CitizenId citizen;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void aCitizenWithAPlan() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Job- og Aktivhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		leader = organisation.hire(unit, Role.TEAM_LEADER);
		builder = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(BenefitType.KONTANTHJAELP, today.minusMonths(5), null)
			.category(AKTIVITETSPARAT, today.minusMonths(5));
		citizen = builder.make();
		var api = ApiClient.at(port).as(caseworker);
		var plan = "/api/v1/citizens/" + citizen + "/plan";
		api.post(plan + "/end-goal", Map.of("text", "Job som pedel på en skole", "occupation", "5153"));
		api.post(plan + "/sub-goals", Map.of("text", "Mød stabilt i Håndværkerprojektet", "due", today.plusWeeks(6).toString()));
		api.post(plan + "/agreements", Map.of("conversationDate", today.toString(), "text", "Du starter på Håndværkerprojektet mandag"));
		api.post(plan + "/help-pointers", Map.of("item", "JOBSAMTALE", "note", "Læs den inden praktikken"));
		var granted = api.post("/api/v1/citizens/" + citizen + "/offers", Map.of("project",
				PlanFixtures.HAANDVAERKERPROJEKTET.toString(), "startDate", today.toString(), "plannedEnd",
				today.plusWeeks(13).minusDays(1).toString(), "reason", "Afklaring i værkstedsrammer"));
		assertThat(granted.status()).as("%s", granted).isEqualTo(201);
		api.post("/api/v1/citizens/" + citizen + "/progression",
				Map.of("measuredOn", today.minusWeeks(4).toString(), "scores", Map.of("HELBRED", 2, "RAADGIVERS_TRO", 3)));
	}

	@Test
	void theCaseworkerSeesThePlanWithOffersDecisionsAndTheChart() {
		var staff = PageClient.at(port);
		staff.login(caseworker);

		var page = staff.get("/borgere/" + citizen + "/plan");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Job som pedel på en skole")
			.contains("Mød stabilt i Håndværkerprojektet")
			.contains("Du starter på Håndværkerprojektet mandag")
			.contains("Vejledning og opkvalificering")
			.contains("Håndværkerprojektet")
			.contains("Bevilling")
			.contains("<svg")
			.contains("role=\"img\"")
			.contains("Forbered dig til jobsamtalen");
		assertThat(page.body()).doesNotContain("<script>");

		var noText = staff.post("/borgere/" + citizen + "/plan/delmaal", Map.of("text", ""));
		assertThat(noText.status()).isEqualTo(200);
		assertThat(noText.body()).contains("Skal udfyldes").contains("id=\"subGoal-text\"");
		var measured = staff.post("/borgere/" + citizen + "/plan/maaling",
				Map.of("measuredOn", today.toString(), "scores[HELBRED]", "4", "scores[STABILITET]", "3"));
		assertThat(measured.status()).as("%s", measured).isEqualTo(302);
		var citizensQuestion = staff.post("/borgere/" + citizen + "/plan/maaling",
				Map.of("measuredOn", today.toString(), "scores[EGEN_TRO]", "4"));
		assertThat(citizensQuestion.body()).contains("som ikke er dit at svare på");
	}

	@Test
	void theCitizenSeesTheirPlanInPlainDanishReadsTheLetterAndMeasuresThemself() {
		var browser = PageClient.at(port);
		browser.loginAsCitizen(builder.cpr());

		var page = browser.get("/min-side/plan");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Job som pedel på en skole")
			.contains("Du er i vejledning og opkvalificering hos Håndværkerprojektet fra")
			.contains("Du starter på Håndværkerprojektet mandag")
			.contains("Bevilling –")
			.contains("Forbered dig til jobsamtalen");
		var letter = page.body().replaceAll("(?s).*href=\"(/min-side/plan/afgoerelser/[0-9a-f-]+)\".*", "$1");
		var pdf = browser.get(letter);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");

		var own = browser.post("/min-side/plan/maaling", Map.of("measuredOn", today.toString(), "scores[EGEN_TRO]", "4",
				"scores[HELBRED]", "3"));
		assertThat(own.status()).as("%s", own).isEqualTo(302);
		var notMine = browser.post("/min-side/plan/maaling", Map.of("measuredOn", today.toString(), "scores[RAADGIVERS_TRO]", "5"));
		assertThat(notMine.body()).contains("som ikke er dit at svare på");

		var otherCitizen = new TestCitizens(imports).in(caseworker).make();
		assertThat(otherCitizen).isNotEqualTo(citizen);
		var staffApi = ApiClient.at(port).as(caseworker);
		assertThat(staffApi.get("/api/v1/citizens/" + citizen + "/progression").json()).hasSize(2);
	}

	@Test
	void theCitizenWorksThroughDigitalJobhjaelpAndTheCaseworkerSeesTheProgress() {
		var browser = PageClient.at(port);
		browser.loginAsCitizen(builder.cpr());
		assertThat(browser.get("/min-side/jobhjaelp").body()).contains("Lav et CV, der viser, hvad du kan")
			.contains("Brug ChatGPT og anden kunstig intelligens med omtanke");

		var item = browser.get("/min-side/jobhjaelp/JOBSAMTALE");
		assertThat(item.body()).contains("Forbered dig til jobsamtalen").contains("Læs om virksomheden");
		assertThat(browser.post("/min-side/jobhjaelp/JOBSAMTALE", List.of(Map.entry("done", "1"), Map.entry("done", "3")))
			.status()).isEqualTo(302);
		assertThat(browser.get("/min-side/jobhjaelp/JOBSAMTALE").body()).contains("2 af 4 trin");
		var tooMany = browser.post("/min-side/jobhjaelp/JOBSAMTALE", List.of(Map.entry("done", "9")));
		assertThat(tooMany.body()).contains("Vælg trin mellem 1 og 4");
		browser.post("/min-side/jobhjaelp/JOBSAMTALE", List.of(Map.entry("done", "1"), Map.entry("done", "2"),
				Map.entry("done", "3"), Map.entry("done", "4")));

		var staff = PageClient.at(port);
		staff.login(caseworker);
		assertThat(staff.get("/borgere/" + citizen + "/plan").body()).contains("Færdig " + today.format(
				java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
	}

	@Test
	void leadersSeeOccupancyAndTheWaitingListOfAProject() {
		var staff = PageClient.at(port);
		staff.login(leader);

		var project = staff.get("/tilbudsvifte/" + PlanFixtures.HAANDVAERKERPROJEKTET);
		assertThat(project.status()).isEqualTo(200);
		assertThat(project.body()).contains("Hver dag 8.00–14.00").contains("106").contains("Løbende indtag")
			.contains("id=\"project-weeks\"").contains("Seed 000");
		assertThat(staff.get("/tilbudsvifte").body()).contains("Kantineprojektet").contains("Perspektiv-afklaring")
			.contains("Ikke oplyst i kilden");
		assertThat(staff.get("/tilbudsvifte/belaegning").body()).contains("Håndværkerprojektet");
		assertThat(staff.get("/maal/virksomhedsrettede-tilbud").status()).isEqualTo(200);

		var caseworkerSession = PageClient.at(port);
		caseworkerSession.login(caseworker);
		assertThat(caseworkerSession.get("/tilbudsvifte/" + PlanFixtures.HAANDVAERKERPROJEKTET).body())
			.doesNotContain("id=\"project-weeks\"");
	}

}
