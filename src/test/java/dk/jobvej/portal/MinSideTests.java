package dk.jobvej.portal;

import java.time.LocalDate;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
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

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Min side is the citizens' own door: a citizen signs in and sees their own case, and nothing
 * else; staff cannot use it, and a citizen's session opens nothing of the staff's.
 */
@JobvejIntegrationTest
class MinSideTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	private Staff caseworker;

	private TestCitizens.Builder citizen;

	@BeforeEach
	void setUp() {
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
		citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(KONTANTHJAELP, LocalDate.now().minusMonths(3), null);
		citizen.make();
	}

	@Test
	void aCitizenSignsInWithTheTestLoginAndSeesTheirOwnCase() {
		var browser = PageClient.at(port);

		var signedIn = browser.loginAsCitizen(citizen.cpr());
		assertThat(signedIn.location()).endsWith("/min-side");
		var front = browser.get("/min-side");

		assertThat(front.status()).isEqualTo(200);
		assertThat(front.body()).contains("Velkommen, Test " + citizen.familyName())
			.contains(citizen.cpr().masked())
			.doesNotContain(citizen.cpr().formatted())
			.contains("Medarbejder " + caseworker.username());
	}

	@Test
	void aWrongPasswordAndAnUnknownCprNumberGetTheSameAnswer() {
		var browser = PageClient.at(port);

		var wrongPassword = browser.loginAsCitizen(citizen.cpr().value(), "forkert");
		var notACitizen = browser.loginAsCitizen("0101011234", PageClient.CITIZEN_TEST_PASSWORD);
		var notACprNumber = browser.loginAsCitizen("abc", PageClient.CITIZEN_TEST_PASSWORD);

		assertThat(wrongPassword.location()).endsWith("/min-side/login?error");
		assertThat(notACitizen.location()).isEqualTo(wrongPassword.location());
		assertThat(notACprNumber.location()).isEqualTo(wrongPassword.location());
		assertThat(browser.get("/min-side").location()).endsWith("/min-side/login");
	}

	@Test
	void aCitizensSessionOpensNoneOfTheStaffsPagesOrApi() {
		var browser = PageClient.at(port);
		browser.loginAsCitizen(citizen.cpr());

		assertThat(browser.get("/borgere").status()).isEqualTo(403);
		assertThat(browser.get("/revision").status()).isEqualTo(403);
		assertThat(browser.get("/api/v1/citizens/mine").status()).isEqualTo(401);
	}

	@Test
	void staffCannotUseMinSideNeitherWithTheirSessionNorWithTheirPassword() {
		var browser = PageClient.at(port);
		browser.login(caseworker);
		assertThat(browser.get("/min-side").status()).isEqualTo(403);

		var intoTheCitizensDoor = PageClient.at(port).loginAsCitizen(caseworker.username(), caseworker.password());
		assertThat(intoTheCitizensDoor.location()).endsWith("/min-side/login?error");
		assertThat(ApiClient.at(port).as(caseworker).get("/api/v1/citizens/mine").status()).isEqualTo(200);
	}

	@Test
	void signingOutEndsTheCitizensSession() {
		var browser = PageClient.at(port);
		browser.loginAsCitizen(citizen.cpr());
		browser.get("/min-side");

		var out = browser.post("/min-side/logout", Map.of());

		assertThat(out.location()).endsWith("/min-side/login?logout");
		assertThat(browser.get("/min-side").location()).endsWith("/min-side/login");
	}

}
