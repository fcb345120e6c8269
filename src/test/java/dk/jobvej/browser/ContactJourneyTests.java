package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.VisitationCategory.JOBPARAT;

/**
 * The contact course in a real Chromium: the caseworker finds the citizen in "Mine opgaver", books a
 * conversation (and is told, next to the field, when the time is taken), and the citizen books one
 * of the caseworker's published slots on Min side and downloads it for the calendar. Every page
 * passes axe-core.
 */
class ContactJourneyTests extends BrowserJourney {

	@Autowired
	CitizenImport imports;

	private Staff caseworker;

	private TestCitizens.Builder citizen;

	private CitizenId citizenId;

	private String name;

	@BeforeEach
	void aJobReadyCitizenWhoNeedsAConversation() {
		var organisation = organisation();
		caseworker = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);
		var from = LocalDate.now().minusDays(2);
		citizen = new TestCitizens(imports).in(caseworker).contact(caseworker).benefit(KONTANTHJAELP, from, null)
			.category(JOBPARAT, from);
		citizenId = citizen.make();
		name = "Test " + citizen.familyName();
	}

	@Test
	void theCaseworkerBooksAConversationFromMineOpgaver() {
		var page = signIn(caseworker);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine opgaver")).first().click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine opgaver").setLevel(1)))
			.isVisible();
		assertThat(page.getByTestId("due-soon")).containsText(name);
		browser.assertAccessible(page);

		page.getByTestId("due-soon").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
		assertThat(page.locator("#citizen-name")).hasText(name);
		assertThat(page.locator("#due-status")).containsText("Snart");
		browser.assertAccessible(page);

		var form = page.locator("#book-form");
		var tomorrow = LocalDate.now().plusDays(1);
		form.getByLabel("Samtaleform").selectOption("TELEFON");
		form.getByLabel("Tidspunkt").fill(tomorrow + "T10:15");
		form.getByLabel("Varighed (minutter)").fill("30");
		form.getByLabel("Deltager 1: rolle").selectOption("MENTOR");
		form.getByLabel("Deltager 1: navn").fill("Lise Mentor");
		form.getByLabel("Dagsorden").fill("Jobmål, CV og konkrete job");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book samtale")).click();

		assertThat(page.locator("#status")).containsText("Booket");
		assertThat(page.locator("#channel")).hasText("Telefon");
		assertThat(page.locator("#participants")).containsText("Mentor: Lise Mentor");
		browser.assertAccessible(page);

		page.navigate(url("/samtaler/borger/" + citizenId));
		var again = page.locator("#book-form");
		again.getByLabel("Tidspunkt").fill(tomorrow + "T10:30");
		again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book samtale")).click();

		assertThat(page.locator("#book-caseworker-error")).containsText("Rådgiveren har allerede en samtale");
		assertThat(page.locator("#book-summary")).containsText("Rådgiveren har allerede en samtale");
		browser.assertAccessible(page);
	}

	@Test
	void theCitizenBooksAPublishedSlotOnMinSide() {
		var published = ApiClient.at(port)
			.as(caseworker)
			.post("/api/v1/slots", Map.of("startsAt", LocalDate.now().plusDays(4) + "T13:00", "durationMinutes", 30,
					"count", 3, "channel", "FYSISK", "place", "Jobhuset, Vesterbro 14"));
		org.assertj.core.api.Assertions.assertThat(published.status()).isEqualTo(201);

		var page = signInAsCitizen(citizen.cpr());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine samtaler")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine samtaler").setLevel(1)))
			.isVisible();
		browser.assertAccessible(page);

		page.locator("#book-slot").getByText(Pattern.compile("13:30")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book tiden")).click();

		assertThat(page.locator("#coming")).containsText("13:30–14:00");
		assertThat(page.locator("#coming")).containsText("Jobhuset, Vesterbro 14");
		assertThat(page.locator("#already-booked")).isVisible();
		browser.assertAccessible(page);

		var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Hent til kalender (.ics)")).click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("samtale.ics");
	}

}
