package dk.jobvej.browser;

import com.microsoft.playwright.Page;
import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.identity.Administration;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey through Jobvej in a real Chromium, against the application on a random port. */
@JobvejIntegrationTest
abstract class BrowserJourney {

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

	TestOrganisation organisation() {
		return new TestOrganisation(administration);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A fresh window on the login page. */
	Page loginPage() {
		var page = browser.newPage();
		page.navigate(url("/login"));
		return page;
	}

	/** Signs a citizen in to Min side with the test login, by keyboard: CPR number, password, Enter. */
	Page signInAsCitizen(Cpr cpr) {
		var page = browser.newPage();
		page.navigate(url("/min-side/login"));
		page.getByLabel("CPR-nummer").fill(cpr.formatted());
		page.getByLabel("Adgangskode").fill(PageClient.CITIZEN_TEST_PASSWORD);
		page.getByLabel("Adgangskode").press("Enter");
		return page;
	}

	/** Signs in with the keyboard: username, password, Enter. */
	Page signIn(Staff staff) {
		var page = loginPage();
		page.getByLabel("Brugernavn").fill(staff.username());
		page.getByLabel("Adgangskode").fill(staff.password());
		page.getByLabel("Adgangskode").press("Enter");
		return page;
	}

}
