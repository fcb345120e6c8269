package dk.jobvej.browser;

import com.microsoft.playwright.Page;
import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Staff log in and out in a real browser, in Danish or English, with a keyboard. */
@JobvejIntegrationTest
class LoginJourneyTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void anAuditorLogsInWithTheKeyboardAndLandsOnTheAuditTrail() {
		var auditor = newAuditor();
		var page = browser.newPage();
		page.navigate(url("/login"));
		browser.assertAccessible(page);

		page.getByLabel("Brugernavn").fill(auditor.username());
		page.getByLabel("Adgangskode").fill(auditor.password());
		page.getByLabel("Adgangskode").press("Enter");

		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Revisionsspor"))).isVisible();
		browser.assertAccessible(page);
	}

	@Test
	void aWrongPasswordIsRefusedWithADanishMessage() {
		var page = browser.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Brugernavn").fill(newAuditor().username());
		page.getByLabel("Adgangskode").fill("forkert");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();

		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).containsText("Forkert brugernavn");
		browser.assertAccessible(page);
	}

	@Test
	void theLoginPageSwitchesToEnglish() {
		var page = browser.newPage();
		page.navigate(url("/login"));
		page.getByText("English").click();

		assertThat(page.locator("h1")).hasText("Log in to Jobvej");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
	}

	private Staff newAuditor() {
		var organisation = new TestOrganisation(administration);
		return organisation.hire(organisation.unit(Fresh.name("Revision")), Role.AUDITOR);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
