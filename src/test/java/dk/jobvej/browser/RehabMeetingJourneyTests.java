package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker of RessourceCenter prepares a flexjob case for the rehabilitation team's meeting
 * in a real Chromium: the case on the worklist, the case put on today's meeting, the agenda with
 * the documents the case still misses, a document received, and the agenda's checklist updated.
 * Every page passes axe-core.
 */
class RehabMeetingJourneyTests extends BrowserJourney {

	@Autowired
	CitizenImport imports;

	private Staff caseworker;

	private String citizenName;

	private String caseId;

	private String meetingId;

	@BeforeEach
	void aFlexjobCaseAndAMeetingToday() {
		var organisation = organisation();
		var unit = organisation.unit(Fresh.name("RessourceCenter"));
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		var leader = organisation.hire(unit, Role.TEAM_LEADER);
		var today = LocalDate.now();
		var citizen = new TestCitizens(imports).in(caseworker).contact(caseworker);
		citizen.benefit(BenefitType.LEDIGHEDSYDELSE, today.minusMonths(10), null);
		var id = citizen.make();
		citizenName = "Test " + citizen.familyName();
		var api = ApiClient.at(port).as(caseworker);
		caseId = api.post("/api/v1/rehab/cases", Map.of("citizen", id.toString(), "type", "FLEKSJOB"))
			.json()
			.path("id")
			.asString();
		var team = ApiClient.at(port).as(leader).post("/api/v1/rehab/teams", Map.of("name", Fresh.name("Team "),
				"members", List.of(Map.of("function", "BESKAEFTIGELSE", "name", "Karen Jobcenter"),
						Map.of("function", "KLINISK_FUNKTION", "name", "Ole Region"))));
		meetingId = api.post("/api/v1/rehab/meetings", Map.of("team", team.json().path("id").asString(), "heldOn",
				today.toString(), "startsAt", "10:00", "location", "Mødelokale 3", "slotMinutes", 40))
			.json()
			.path("id")
			.asString();
	}

	@Test
	void theCaseGoesOnTheAgendaAndTheChecklistShowsWhatIsMissingUntilItArrives() {
		var page = signIn(caseworker);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		page.navigate(url("/rehabilitering"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rehabilitering")).first())
			.isVisible();
		assertThat(page.getByTestId("case-worklist")).containsText(citizenName);
		browser.assertAccessible(page);

		page.getByTestId("case-worklist")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(citizenName))
			.click();
		assertThat(page.locator("#case-heading")).containsText(citizenName);
		assertThat(page.locator("#team-required"))
			.hasText("Sagen skal ikke behandles i rehabiliteringsteamet efter reglerne i dag");
		assertThat(page.locator("#missing-documents")).containsText("Samlet beskrivelse af borgerens forhold");
		browser.assertAccessible(page);

		page.locator("#meeting-form").getByLabel("Møde").selectOption(meetingId);
		page.locator("#meeting-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sæt på dagsorden")).click();
		assertThat(page.locator("#case-status")).hasText("På dagsorden");
		assertThat(page.locator("#case-meeting")).containsText("kl. 10:00");
		browser.assertAccessible(page);

		page.locator("#case-meeting").getByRole(AriaRole.LINK).click();
		assertThat(page.locator("#agenda-heading")).containsText("Dagsorden for");
		var item = page.locator("#agenda-item-1");
		assertThat(item).containsText(citizenName);
		assertThat(item).containsText("10:00");
		assertThat(item).containsText("Samlet beskrivelse af borgerens forhold");
		assertThat(page.locator("#agenda-summary")).hasText("1 sager, 2 manglende dokumenter i alt");
		browser.assertAccessible(page);

		page.navigate(url("/rehabilitering/sager/" + caseId));
		var form = page.locator("#document-form");
		form.getByLabel("Dokument", new Locator.GetByLabelOptions().setExact(true)).selectOption("SAMLET_BESKRIVELSE");
		form.getByLabel("Status for dokumentet").selectOption("MODTAGET");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem dokumentstatus")).click();
		assertThat(page.locator("#checklist")).containsText("Modtaget");
		assertThat(page.locator("#missing-documents")).containsText("Der mangler 1 dokumenter");
		browser.assertAccessible(page);

		page.navigate(url("/rehabilitering/moeder/" + meetingId));
		assertThat(page.locator("#agenda-summary")).hasText("1 sager, 1 manglende dokumenter i alt");
		assertThat(page.locator("#agenda-item-1")).containsText("Klar:");
		assertThat(page.locator("#agenda-item-1").locator(".jobvej-warning")).hasCount(1);
		browser.assertAccessible(page);
		assertThat(page.url()).endsWith(meetingId);
	}

}
