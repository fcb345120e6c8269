package dk.jobvej.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dk.jobvej.identity.support.Browser;
import dk.jobvej.identity.support.Fixtures;
import dk.jobvej.identity.support.Fixtures.Person;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login through the municipality's identity provider, end to end over real HTTP: a real
 * authorisation server ({@link LocalIdentityProvider}) and Jobvej configured with nothing but the
 * standard client registration properties, driven by a cookie-keeping client that follows every
 * redirect itself: Jobvej → provider's login form → consent → Jobvej's callback → a Jobvej session
 * with the roles from Jobvej's staff table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginTests {

	private static final Pattern HIDDEN_STATE = Pattern.compile("name=\"state\" value=\"([^\"]+)\"");

	private static LocalIdentityProvider provider;

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	private Fixtures fixtures;

	private int municipality;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		provider = LocalIdentityProvider.start();
		var registration = "spring.security.oauth2.client.registration." + LocalIdentityProvider.REGISTRATION;
		registry.add(registration + ".client-id", () -> LocalIdentityProvider.CLIENT_ID);
		registry.add(registration + ".client-secret", () -> LocalIdentityProvider.CLIENT_SECRET);
		registry.add(registration + ".authorization-grant-type", () -> "authorization_code");
		registry.add(registration + ".scope", () -> "openid,profile");
		registry.add("spring.security.oauth2.client.provider." + LocalIdentityProvider.REGISTRATION + ".issuer-uri",
				provider::issuer);
	}

	@AfterAll
	static void stopProvider() {
		provider.stop();
	}

	@BeforeEach
	void fixtures() {
		fixtures = new Fixtures(administration);
		municipality = Fixtures.freshMunicipality();
	}

	@Test
	void theLoginPageOffersTheMunicipalitysLogin() {
		var page = jobvej().get("/login");

		assertThat(page.body()).contains("href=\"/oauth2/authorization/kommune\"", "Log ind med kommunens login");
	}

	@Test
	void aMemberOfStaffSignsInAtTheIdentityProviderAndLandsOnTheirRolesPage() {
		var admin = fixtures.administrator(municipality);
		provider.addUser(admin.username(), "idp-adgangskode");
		var browser = jobvej();

		var callback = signInAtProvider(browser, admin.username(), "idp-adgangskode");
		var signedIn = browser.get(callback);

		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
		assertThat(Browser.location(signedIn)).isEqualTo(jobvejUrl("/"));
		var start = browser.get("/");
		assertThat(Browser.location(start)).isEqualTo(jobvejUrl("/admin/medarbejdere"));
		var page = browser.get("/admin/medarbejdere");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<strong>" + admin.username() + "</strong>", "<h1>Medarbejdere</h1>",
				admin.username());
	}

	@Test
	void rolesComeFromJobvejNotFromTheIdentityProvider() {
		var caseworker = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		provider.addUser(caseworker.username(), "idp-adgangskode");
		var browser = jobvej();

		browser.get(signInAtProvider(browser, caseworker.username(), "idp-adgangskode"));

		assertThat(Browser.location(browser.get("/"))).isEqualTo(jobvejUrl("/borgere"));
		assertThat(browser.get("/admin/medarbejdere").statusCode()).isEqualTo(403);
	}

	@Test
	void someoneUnknownToJobvejIsRefusedWithAClearMessage() {
		var stranger = Fixtures.fresh("fremmed.");
		provider.addUser(stranger, "idp-adgangskode");
		var browser = jobvej();

		var refused = browser.get(signInAtProvider(browser, stranger, "idp-adgangskode"));

		assertThat(Browser.location(refused)).isEqualTo(jobvejUrl("/login?notStaff"));
		assertThat(browser.follow(refused).body())
			.contains("du er ikke oprettet som aktiv medarbejder i Jobvej. Kontakt en administrator.");
		assertThat(Browser.location(browser.get("/"))).isEqualTo(jobvejUrl("/login"));
	}

	@Test
	void aDeactivatedMemberOfStaffIsRefusedToo() {
		Person person = fixtures.hire(fixtures.unit(municipality), Role.MENTOR);
		administration.deactivate(person.id());
		provider.addUser(person.username(), "idp-adgangskode");
		var browser = jobvej();

		var refused = browser.get(signInAtProvider(browser, person.username(), "idp-adgangskode"));

		assertThat(Browser.location(refused)).isEqualTo(jobvejUrl("/login?notStaff"));
	}

	/**
	 * Starts at Jobvej, signs in at the provider's login form, gives consent; answers the URL of
	 * Jobvej's callback with the authorisation code.
	 */
	private String signInAtProvider(Browser browser, String username, String password) {
		var toProvider = browser.get("/oauth2/authorization/" + LocalIdentityProvider.REGISTRATION);
		assertThat(Browser.location(toProvider)).startsWith(provider.issuer() + "/oauth2/authorize?");

		var toLoginForm = browser.get(Browser.location(toProvider));
		assertThat(Browser.location(toLoginForm)).isEqualTo(provider.issuer() + "/login");
		var loginForm = browser.get(Browser.location(toLoginForm));
		assertThat(loginForm.statusCode()).isEqualTo(200);

		var loggedIn = browser.post(provider.issuer() + "/login",
				List.of(Map.entry("username", username), Map.entry("password", password)));
		assertThat(Browser.location(loggedIn)).startsWith(provider.issuer() + "/oauth2/authorize?");

		var consent = browser.get(Browser.location(loggedIn));
		assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
		assertThat(consent.body()).contains("consent_form", "value=\"profile\"");
		var state = HIDDEN_STATE.matcher(consent.body());
		assertThat(state.find()).isTrue();

		var approved = browser.post(provider.issuer() + "/oauth2/authorize",
				new ArrayList<>(List.of(Map.entry("client_id", LocalIdentityProvider.CLIENT_ID),
						Map.entry("state", state.group(1)), Map.entry("scope", "profile"))));
		var callback = Browser.location(approved);
		assertThat(callback).startsWith(jobvejUrl("/login/oauth2/code/" + LocalIdentityProvider.REGISTRATION + "?code="));
		return callback;
	}

	/** Jobvej at the loopback address: the provider accepts a loopback redirect on any port. */
	private Browser jobvej() {
		return new Browser("http://127.0.0.1:" + port);
	}

	private String jobvejUrl(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
