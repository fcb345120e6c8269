package dk.jobvej.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Staff log in in a real browser, in Danish or English, with a keyboard. */
class LoginJourneyTests extends BrowserJourney {

	@Test
	void anAuditorLogsInWithTheKeyboardAndLandsOnTheAuditTrail() {
		browser.assertAccessible(loginPage());

		var page = signIn(newAuditor());

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Revisionsspor"))).isVisible();
		browser.assertAccessible(page);
	}

	@Test
	void aWrongPasswordIsRefusedWithADanishMessage() {
		var page = loginPage();
		page.getByLabel("Brugernavn").fill(newAuditor().username());
		page.getByLabel("Adgangskode").fill("forkert");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Forkert brugernavn");
		browser.assertAccessible(page);
	}

	@Test
	void theLoginPageSwitchesToEnglish() {
		var page = loginPage();
		page.getByText("English").click();

		assertThat(page.locator("h1")).hasText("Log in to Jobvej");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
	}

	private Staff newAuditor() {
		return organisation().hire(organisation().unit(Fresh.name("Revision")), Role.AUDITOR);
	}

}
