package dk.jobvej.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;

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

	private TestOrganisation fixtures;

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
		fixtures = new TestOrganisation(administration);
		municipality = Fresh.municipality();
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

		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
		assertThat(signedIn.location()).isEqualTo(jobvejUrl("/"));
		var start = browser.get("/");
		assertThat(start.location()).isEqualTo(jobvejUrl("/admin/medarbejdere"));
		var page = browser.get("/admin/medarbejdere");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<strong>" + admin.username() + "</strong>", "<h1>Medarbejdere</h1>",
				admin.username());
	}

	@Test
	void rolesComeFromJobvejNotFromTheIdentityProvider() {
		var caseworker = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		provider.addUser(caseworker.username(), "idp-adgangskode");
		var browser = jobvej();

		browser.get(signInAtProvider(browser, caseworker.username(), "idp-adgangskode"));

		assertThat(browser.get("/").location()).isEqualTo(jobvejUrl("/borgere"));
		assertThat(browser.get("/admin/medarbejdere").status()).isEqualTo(403);
	}

	@Test
	void someoneUnknownToJobvejIsRefusedWithAClearMessage() {
		var stranger = Fresh.name("fremmed.");
		provider.addUser(stranger, "idp-adgangskode");
		var browser = jobvej();

		var refused = browser.get(signInAtProvider(browser, stranger, "idp-adgangskode"));

		assertThat(refused.location()).isEqualTo(jobvejUrl("/login?notStaff"));
		assertThat(browser.follow(refused).body())
			.contains("du er ikke oprettet som aktiv medarbejder i Jobvej. Kontakt en administrator.");
		assertThat(browser.get("/").location()).isEqualTo(jobvejUrl("/login"));
	}

	@Test
	void aDeactivatedMemberOfStaffIsRefusedToo() {
		var person = fixtures.hire(fixtures.unit(municipality), Role.MENTOR);
		administration.deactivate(person.id());
		provider.addUser(person.username(), "idp-adgangskode");
		var browser = jobvej();

		var refused = browser.get(signInAtProvider(browser, person.username(), "idp-adgangskode"));

		assertThat(refused.location()).isEqualTo(jobvejUrl("/login?notStaff"));
	}

	/**
	 * Starts at Jobvej, signs in at the provider's login form, gives consent; answers the URL of
	 * Jobvej's callback with the authorisation code.
	 */
	private String signInAtProvider(PageClient browser, String username, String password) {
		var toProvider = browser.get("/oauth2/authorization/" + LocalIdentityProvider.REGISTRATION);
		assertThat(toProvider.location()).startsWith(provider.issuer() + "/oauth2/authorize?");

		var toLoginForm = browser.get(toProvider.location());
		assertThat(toLoginForm.location()).isEqualTo(provider.issuer() + "/login");
		var loginForm = browser.get(toLoginForm.location());
		assertThat(loginForm.status()).isEqualTo(200);

		var loggedIn = browser.post(provider.issuer() + "/login",
				List.of(Map.entry("username", username), Map.entry("password", password)));
		assertThat(loggedIn.location()).startsWith(provider.issuer() + "/oauth2/authorize?");

		var consent = browser.get(loggedIn.location());
		assertThat(consent.status()).as(consent.body()).isEqualTo(200);
		assertThat(consent.body()).contains("consent_form", "value=\"profile\"");
		var state = HIDDEN_STATE.matcher(consent.body());
		assertThat(state.find()).isTrue();

		var approved = browser.post(provider.issuer() + "/oauth2/authorize",
				new ArrayList<>(List.of(Map.entry("client_id", LocalIdentityProvider.CLIENT_ID),
						Map.entry("state", state.group(1)), Map.entry("scope", "profile"))));
		var callback = approved.location();
		assertThat(callback).startsWith(jobvejUrl("/login/oauth2/code/" + LocalIdentityProvider.REGISTRATION + "?code="));
		return callback;
	}

	/** Jobvej at the loopback address: the provider accepts a loopback redirect on any port. */
	private PageClient jobvej() {
		return new PageClient("http://127.0.0.1:" + port);
	}

	private String jobvejUrl(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
