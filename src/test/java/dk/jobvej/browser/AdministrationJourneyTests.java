package dk.jobvej.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The administrator's pages in a real Chromium: staff, a refused form, units; all pass axe-core. */
@JobvejIntegrationTest
class AdministrationJourneyTests {

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
	void theAdministratorSeesStaffAndUnitsAndIsToldWhatIsMissingInAForm() {
		var administrator = new TestOrganisation(administration).administrator(TestOrganisation.AALBORG);
		var page = browser.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("Brugernavn").fill(administrator.username());
		page.getByLabel("Adgangskode").fill(administrator.password());
		page.getByLabel("Adgangskode").press("Enter");

		page.waitForURL(Pattern.compile(".*/admin/medarbejdere$"));
		assertThat(page.locator("h1")).hasText("Medarbejdere");
		browser.assertAccessible(page);

		page.navigate("http://localhost:" + port + "/admin/medarbejdere/ny");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret medarbejder")).click();
		assertThat(page.locator(".form-error-message").first()).isVisible();
		browser.assertAccessible(page);

		page.navigate("http://localhost:" + port + "/admin/enheder");
		assertThat(page.locator("h1")).hasText("Enheder");
		browser.assertAccessible(page);
	}

}
