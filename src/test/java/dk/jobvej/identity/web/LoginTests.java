package dk.jobvej.identity.web;

import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Form login, the start page per role, session fixation protection, CSRF and logout. */
@JobvejIntegrationTest
class LoginTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	private TestOrganisation fixtures;

	private int municipality;

	@BeforeEach
	void fixtures() {
		fixtures = new TestOrganisation(administration);
		municipality = Fresh.municipality();
	}

	@Test
	void theLoginPageIsInDanishWithoutAnOidcButtonWhenNoIdentityProviderIsConfigured() {
		var page = PageClient.at(port).get("/login");

		assertThat(page.body()).contains("<h1>Log ind i Jobvej</h1>", "for=\"username\"", "for=\"password\"",
				"name=\"_csrf\"");
		assertThat(page.body()).doesNotContain("/oauth2/authorization/");
	}

	@Test
	void sendsEachRoleToWhereItsWorkIs() {
		assertThat(startPage(fixtures.hire(fixtures.unit(municipality), Role.ADMINISTRATOR)))
			.endsWith("/admin/medarbejdere");
		assertThat(startPage(fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER))).endsWith("/borgere");
		assertThat(startPage(fixtures.hire(fixtures.unit(municipality), Role.AUDITOR))).endsWith("/revision");
	}

	@Test
	void givesANewSessionIdAtLogin() {
		var person = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		var browser = PageClient.at(port);
		browser.get("/login");
		var before = browser.cookie("JSESSIONID").orElseThrow();

		browser.post("/login", List.of(Map.entry("username", person.username()), Map.entry("password", person.password())));

		assertThat(browser.cookie("JSESSIONID")).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
	}

	@Test
	void refusesALoginWithoutTheCsrfToken() {
		var person = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		var browser = PageClient.at(port);
		browser.get("/login");

		var response = browser.postWithoutCsrf("/login",
				List.of(Map.entry("username", person.username()), Map.entry("password", person.password())));

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void logsOutWithPostAndTheCsrfTokenOnly() {
		var person = fixtures.hire(fixtures.unit(municipality), Role.ADMINISTRATOR);
		var browser = PageClient.at(port);
		browser.login(person);
		var page = browser.get("/admin/medarbejdere");
		assertThat(page.body()).contains("action=\"/logout\"");

		assertThat(browser.postWithoutCsrf("/logout", List.of()).status()).isEqualTo(403);
		assertThat(browser.get("/admin/medarbejdere").status()).isEqualTo(200);

		var loggedOut = browser.post("/logout", List.of());

		assertThat(loggedOut.location()).endsWith("/login?logout");
		assertThat(browser.follow(loggedOut).body()).contains("Du er logget af.");
		assertThat(browser.get("/admin/medarbejdere").location()).endsWith("/login");
	}

	private String startPage(Staff person) {
		var browser = PageClient.at(port);
		browser.login(person);
		return browser.get("/").location();
	}

}
