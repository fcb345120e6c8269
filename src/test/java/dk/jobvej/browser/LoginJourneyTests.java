package dk.jobvej.browser;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Role;

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
		var username = newAuditor();
		var page = browser.newPage();
		page.navigate(url("/login"));
		browser.assertAccessible(page);

		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill("korrekt-hest-batteri");
		page.getByLabel("Adgangskode").press("Enter");

		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Revisionsspor"))).isVisible();
		browser.assertAccessible(page);
	}

	@Test
	void aWrongPasswordIsRefusedWithADanishMessage() {
		var page = browser.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Brugernavn").fill(newAuditor());
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

	private String newAuditor() {
		var username = "revisor-" + UUID.randomUUID().toString().substring(0, 8);
		var unit = administration.createUnit("Revision " + username, null, 851);
		administration.hire(new NewStaffMember(username, "Rikke Revisor", null, unit, Set.of(Role.AUDITOR),
				"korrekt-hest-batteri"));
		return username;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
