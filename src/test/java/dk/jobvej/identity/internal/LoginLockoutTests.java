package dk.jobvej.identity.internal;

import java.time.Clock;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.support.Api;
import dk.jobvej.identity.support.Browser;
import dk.jobvej.identity.support.Fixtures;
import dk.jobvej.identity.support.Fixtures.Person;

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

	private Person person;

	private Person admin;

	@BeforeEach
	void staff() {
		var fixtures = new Fixtures(administration);
		var municipality = Fixtures.freshMunicipality();
		person = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		admin = fixtures.administrator(municipality);
	}

	@Test
	void locksTheAccountAfterTheConfiguredNumberOfWrongPasswordsUntilUnlocked() {
		for (int attempt = 1; attempt <= properties.maxFailedLogins(); attempt++) {
			var failed = Browser.at(port).login(person.username(), "forkert-" + attempt);
			assertThat(Browser.location(failed)).as("attempt %d", attempt).endsWith("/login?error");
		}

		var browser = Browser.at(port);
		var refused = browser.login(person.username(), person.password());

		assertThat(Browser.location(refused)).endsWith("/login?locked");
		assertThat(browser.follow(refused).body()).contains("Kontoen er låst efter for mange forkerte forsøg");
		assertThat(Api.as(port, person.username(), person.password()).get("/api/v1/units").status()).isEqualTo(401);
		var lockedUntil = staff.findById(person.id().value()).orElseThrow().account().lockedUntil();
		assertThat(lockedUntil).isNotNull();

		var unlocked = Api.as(port, admin.username(), admin.password())
			.post("/api/v1/staff/" + person.id() + "/unlock", null);
		assertThat(unlocked.json().path("locked").asBoolean()).isFalse();

		assertThat(Browser.location(Browser.at(port).login(person.username(), person.password()))).endsWith("/");
	}

	@Test
	void aLockThatHasRunOutNoLongerRefusesTheRightPassword() {
		staff.countFailedLogin(person.username(), 1, clock.instant().plusSeconds(60));
		assertThat(Browser.location(Browser.at(port).login(person.username(), person.password())))
			.endsWith("/login?locked");

		staff.countFailedLogin(person.username(), 1, clock.instant().minusSeconds(1));

		assertThat(Browser.location(Browser.at(port).login(person.username(), person.password()))).endsWith("/");
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		for (int attempt = 1; attempt < properties.maxFailedLogins(); attempt++) {
			Browser.at(port).login(person.username(), "forkert-" + attempt);
		}
		assertThat(Browser.location(Browser.at(port).login(person.username(), person.password()))).endsWith("/");

		for (int attempt = 1; attempt < properties.maxFailedLogins(); attempt++) {
			Browser.at(port).login(person.username(), "forkert-igen-" + attempt);
		}

		assertThat(Browser.location(Browser.at(port).login(person.username(), person.password()))).endsWith("/");
	}

	@Test
	void countsWrongPasswordsOverTheApiToo() {
		var wrong = Api.as(port, person.username(), "forkert");
		for (int attempt = 1; attempt <= properties.maxFailedLogins(); attempt++) {
			assertThat(wrong.get("/api/v1/units").status()).isEqualTo(401);
		}

		assertThat(Api.as(port, person.username(), person.password()).get("/api/v1/units").status()).isEqualTo(401);
		assertThat(Browser.location(Browser.at(port).login(person.username(), person.password())))
			.endsWith("/login?locked");
	}

	@Test
	void saysNothingSpecialAboutUnknownUsernames() {
		var browser = Browser.at(port);
		var failed = browser.login(Fixtures.fresh("ingen."), "hvad-som-helst");

		assertThat(Browser.location(failed)).endsWith("/login?error");
		assertThat(browser.follow(failed).body()).contains("Forkert brugernavn eller adgangskode");
	}

}
