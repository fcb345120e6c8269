package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the rehabilitation, sickness-benefit and youth modules in a real Chromium, with
 * data on it, in Danish and in English: it answers 200, has one main heading, shows no message key
 * that is missing from the bundles, can be left by keyboard (the first Tab reaches the skip link)
 * and passes axe-core.
 */
class RehabYouthPagesJourneyTests extends BrowserJourney {

	private static final Random RANDOM = new Random();

	@Autowired
	CitizenImport imports;

	private Staff caseworker;

	private Staff leader;

	private Staff administrator;

	private final List<String> caseworkerPages = new ArrayList<>();

	private String teamCase;

	@BeforeEach
	void aCaseworkerWithATeamCaseAMeetingASicknessCaseAnOrderAClubAndALeisureJob() {
		var organisation = organisation();
		var unit = organisation.unit(Fresh.name("RessourceCenter"));
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		leader = organisation.hire(unit, Role.TEAM_LEADER);
		administrator = organisation.hire(unit, Role.ADMINISTRATOR);
		var today = LocalDate.now();
		var api = ApiClient.at(port).as(caseworker);

		var flexjob = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(BenefitType.LEDIGHEDSYDELSE, today.minusMonths(10), null)
			.make();
		teamCase = created(api.post("/api/v1/rehab/cases", Map.of("citizen", flexjob.toString(), "type", "FLEKSJOB")));
		var team = created(ApiClient.at(port)
			.as(leader)
			.post("/api/v1/rehab/teams", Map.of("name", Fresh.name("Team "), "members",
					List.of(Map.of("function", "BESKAEFTIGELSE", "name", "Karen Jobcenter"),
							Map.of("function", "KLINISK_FUNKTION", "name", "Ole Region")))));
		var meeting = created(api.post("/api/v1/rehab/meetings", Map.of("team", team, "heldOn", today.toString(),
				"startsAt", "10:00", "location", "Mødelokale 3", "slotMinutes", 40)));
		assertThat(api.post("/api/v1/rehab/meetings/" + meeting + "/agenda", Map.of("rehabCase", teamCase)).status())
			.isEqualTo(204);

		var sick = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(BenefitType.SYGEDAGPENGE, today.minusDays(60), null)
			.category(VisitationCategory.SYGEDAGPENGE_KATEGORI_2, today.minusDays(40))
			.make();
		var sicknessCase = created(api.post("/api/v1/sickness/cases", Map.of("citizen", sick.toString(),
				"firstAbsenceDay", today.minusDays(60).toString(), "employed", true, "cvr", "13748136", "companyName",
				"Netto Vejgaard", "expectedWeeks", 30)));

		var young = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.cpr(Cpr.parse(new CprGenerator(RANDOM).valid(today.minusYears(22))))
			.benefit(BenefitType.KONTANTHJAELP, today.minusMonths(3), null)
			.category(VisitationCategory.UDDANNELSESPARAT, today.minusMonths(3))
			.make();
		var order = created(api.post("/api/v1/youth/education-orders", Map.of("citizen", young.toString(), "issuedOn",
				today.minusDays(20).toString(), "deadline", today.plusDays(10).toString(), "noQualification", true)));
		created(api.post("/api/v1/youth/intakes",
				Map.of("citizen", young.toString(), "metOn", today.minusDays(5).toString(), "referToFvu", true)));
		var club = created(api.post("/api/v1/youth/clubs", Map.of("name", Fresh.name("Lærlingeklub "), "kind", "LAERLINGE")));
		created(api.post("/api/v1/youth/leisure-jobs",
				Map.of("cvr", "13748136", "companyName", "Netto Vejgaard", "title", "Opfylder", "hoursPerWeek", 6)));

		caseworkerPages.addAll(List.of("/rehabilitering", "/rehabilitering/sager/ny", "/rehabilitering/sager/" + teamCase,
				"/rehabilitering/moeder", "/rehabilitering/moeder/" + meeting, "/rehabilitering/teams", "/sygedagpenge",
				"/sygedagpenge/ny", "/sygedagpenge/" + sicknessCase, "/sygedagpenge/virksomheder", "/unge",
				"/unge/paalaeg/ny", "/unge/paalaeg/" + order, "/unge/vejledningscafe", "/unge/klubber",
				"/unge/klubber/" + club, "/unge/fritidsjob"));
	}

	private static String created(ApiClient.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json().path("id").asString();
	}

	@Test
	void everyPageOfTheCaseworkerIsAccessibleInDanishAndEnglish() {
		var page = signIn(caseworker);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		for (var path : caseworkerPages) {
			check(page, path);
		}
		check(page, "/rehabilitering/sager/" + teamCase + "?lang=en");
		check(page, "/unge?lang=en");
		check(page, "/sygedagpenge?lang=da");
	}

	@Test
	void theLeadersAndTheAdministratorsPagesAreAccessible() {
		var page = signIn(leader);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		for (var path : List.of("/rehabilitering", "/rehabilitering/frikommune", "/unge", "/unge?liste=enhed")) {
			check(page, path);
		}
		var admin = signIn(administrator);
		admin.waitForURL(url -> !url.contains("/login"));
		for (var path : List.of("/admin/regler/rehabilitering", "/admin/regler/unge", "/admin/regler/unge?lang=en")) {
			check(admin, path);
		}
	}

	private void check(Page page, String path) {
		var response = page.navigate(url(path));
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(page.locator("h1").count()).as("one main heading on %s", path).isEqualTo(1);
		assertThat(page.locator("body").innerText()).as("texts on %s", path).doesNotContain("??");
		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.activeElement && document.activeElement.tagName")).as(path)
			.isEqualTo("A");
		browser.assertAccessible(page);
	}

}
