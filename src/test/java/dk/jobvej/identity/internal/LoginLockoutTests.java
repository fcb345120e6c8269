package dk.jobvej.identity.internal;

import java.time.Clock;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After {@code jobvej.identity.max-failed-logins} wrong passwords in a row an account is locked:
 * the right password is refused, with its own message, until an administrator unlocks it or the
 * lock runs out.
 */
@JobvejIntegrationTest
class LoginLockoutTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	IdentityProperties properties;

	@Autowired
	StaffMembers staff;

	@Autowired
	Clock clock;

	private TestOrganisation.Staff person;

	private TestOrganisation.Staff admin;

	@BeforeEach
	void staff() {
		var fixtures = new TestOrganisation(administration);
		var municipality = Fresh.municipality();
		person = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		admin = fixtures.administrator(municipality);
	}

	@Test
	void locksTheAccountAfterTheConfiguredNumberOfWrongPasswordsUntilUnlocked() {
		for (int attempt = 1; attempt <= properties.maxFailedLogins(); attempt++) {
			var failed = PageClient.at(port).login(person.username(), "forkert-" + attempt);
			assertThat(failed.location()).as("attempt %d", attempt).endsWith("/login?error");
		}

		var browser = PageClient.at(port);
		var refused = browser.login(person);

		assertThat(refused.location()).endsWith("/login?locked");
		assertThat(browser.follow(refused).body()).contains("Kontoen er låst efter for mange forkerte forsøg");
		assertThat(ApiClient.at(port).as(person).get("/api/v1/units").status()).isEqualTo(401);
		var lockedUntil = staff.findById(person.id().value()).orElseThrow().account().lockedUntil();
		assertThat(lockedUntil).isNotNull();

		var unlocked = ApiClient.at(port).as(admin)
			.post("/api/v1/staff/" + person.id() + "/unlock", null);
		assertThat(unlocked.json().path("locked").asBoolean()).isFalse();

		assertThat(PageClient.at(port).login(person).location()).endsWith("/");
	}

	@Test
	void aLockThatHasRunOutNoLongerRefusesTheRightPassword() {
		staff.countFailedLogin(person.username(), 1, clock.instant().plusSeconds(60));
		assertThat(PageClient.at(port).login(person).location())
			.endsWith("/login?locked");

		staff.countFailedLogin(person.username(), 1, clock.instant().minusSeconds(1));

		assertThat(PageClient.at(port).login(person).location()).endsWith("/");
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		for (int attempt = 1; attempt < properties.maxFailedLogins(); attempt++) {
			PageClient.at(port).login(person.username(), "forkert-" + attempt);
		}
		assertThat(PageClient.at(port).login(person).location()).endsWith("/");

		for (int attempt = 1; attempt < properties.maxFailedLogins(); attempt++) {
			PageClient.at(port).login(person.username(), "forkert-igen-" + attempt);
		}

		assertThat(PageClient.at(port).login(person).location()).endsWith("/");
	}

	@Test
	void countsWrongPasswordsOverTheApiToo() {
		var wrong = ApiClient.at(port).as(person.username(), "forkert");
		for (int attempt = 1; attempt <= properties.maxFailedLogins(); attempt++) {
			assertThat(wrong.get("/api/v1/units").status()).isEqualTo(401);
		}

		assertThat(ApiClient.at(port).as(person).get("/api/v1/units").status()).isEqualTo(401);
		assertThat(PageClient.at(port).login(person).location())
			.endsWith("/login?locked");
	}

	@Test
	void saysNothingSpecialAboutUnknownUsernames() {
		var browser = PageClient.at(port);
		var failed = browser.login(Fresh.name("ingen."), "hvad-som-helst");

		assertThat(failed.location()).endsWith("/login?error");
		assertThat(browser.follow(failed).body()).contains("Forkert brugernavn eller adgangskode");
	}

}
