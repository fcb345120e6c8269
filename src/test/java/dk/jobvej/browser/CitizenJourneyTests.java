package dk.jobvej.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The caseworker's day in a real Chromium: Mine borgere, search by CPR, the citizen page with
 * the CPR revealed on click, a visitation change that needs a reason, and a colleague from
 * another unit who must break the glass. Every page passes axe-core.
 */
@JobvejIntegrationTest
class CitizenJourneyTests {

	private static final String PASSWORD = "korrekt-hest-batteri";

	private static final String CPR = "0707851234";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	private String caseworker;

	private String colleagueInJobhuset;

	private String citizenName;

	private String cpr;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@BeforeEach
	void aCaseworkerWithACitizenOnKontanthjaelp() throws Exception {
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		UnitId aktivhuset = administration.createUnit("Job- og Aktivhuset " + suffix, null, 851);
		UnitId jobhuset = administration.createUnit("Jobhuset " + suffix, null, 851);
		caseworker = "raadgiver-" + suffix;
		StaffId caseworkerId = hire(caseworker, aktivhuset);
		colleagueInJobhuset = "jobhuset-" + suffix;
		hire(colleagueInJobhuset, jobhuset);
		citizenName = "Journey " + suffix;
		cpr = uniqueCpr();
		var id = json(api("POST", "/api/v1/citizens", """
				{"cpr":"%s","givenName":"Karin","familyName":"%s","street":"Boulevarden 13","postcode":"9000",
				 "city":"Aalborg","unit":"%s","primaryContact":"%s"}""".formatted(cpr, citizenName, aktivhuset,
				caseworkerId)), "id");
		api("POST", "/api/v1/citizens/" + id + "/benefit-periods",
				"{\"type\":\"KONTANTHJAELP\",\"from\":\"" + LocalDate.now().minusMonths(3) + "\"}");
		citizenName = "Karin " + citizenName;
	}

	@Test
	void theCaseworkerFindsTheCitizenRevealsTheCprAndChangesTheVisitation() {
		var page = loggedIn(caseworker);

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine borgere"))).isVisible();
		assertThat(page.getByTestId("worklist")).containsText(citizenName);
		browser.assertAccessible(page);

		page.locator("#search-form").getByLabel("CPR-nummer").fill(cpr.substring(0, 6) + "-" + cpr.substring(6));
		page.locator("#search-form").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Søg")).click();
		assertThat(page.getByTestId("search-results")).containsText(citizenName);
		browser.assertAccessible(page);

		page.getByTestId("search-results").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(citizenName)).click();
		assertThat(page.locator("#citizen-name")).hasText(citizenName);
		assertThat(page.locator("#cpr")).hasText(cpr.substring(0, 6) + "-xxxx");
		assertThat(page.locator("#target-group")).containsText("Afgøres af ydelse og visitation");
		browser.assertAccessible(page);

		page.locator("#reveal-cpr").click();
		assertThat(page.locator("#cpr")).hasText(cpr.substring(0, 6) + "-" + cpr.substring(6));

		var visitation = page.locator("#visitation-form");
		visitation.getByLabel("Aktivitetsparat").check();
		visitation.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gem visitation")).click();
		assertThat(page.locator("#visitation-form")).containsText("Begrundelsen skal udfyldes");
		browser.assertAccessible(page);

		page.locator("#visitation-form").getByLabel("Aktivitetsparat").check();
		page.locator("#visitation-form").getByLabel("Begrundelse").fill("Helbredet fylder; aftalt på samtalen");
		page.locator("#visitation-form").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gem visitation")).click();
		assertThat(page.locator("#visitation-history")).containsText("Helbredet fylder; aftalt på samtalen");
		assertThat(page.locator("#visitation-history")).containsText("Aktivitetsparat");
		assertThat(page.locator("#target-group")).containsText("§ 6, nr. 3");
		browser.assertAccessible(page);
	}

	@Test
	void aColleagueFromAnotherUnitMustStateAReasonToSeeTheCitizen() {
		var page = loggedIn(colleagueInJobhuset);
		page.locator("#search-form").getByLabel("CPR-nummer").fill(cpr);
		page.locator("#search-form").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Søg")).click();
		page.getByTestId("search-results").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(citizenName)).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ingen adgang"))).isVisible();
		assertThat(page.locator("body")).not().containsText("Boulevarden 13");
		browser.assertAccessible(page);

		page.getByLabel("Begrundelse for adgang").fill("Borgeren står i skranken i Jobhuset");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giv mig adgang")).click();

		assertThat(page.locator("#citizen-name")).hasText(citizenName);
		browser.assertAccessible(page);
	}

	private Page loggedIn(String username) {
		var page = browser.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill(PASSWORD);
		page.getByLabel("Adgangskode").press("Enter");
		page.waitForURL(Pattern.compile(".*/borgere$"));
		return page;
	}

	private StaffId hire(String username, UnitId unit) {
		return administration.hire(new NewStaffMember(username, "Medarbejder " + username, null, unit,
				Set.of(Role.CASEWORKER), PASSWORD));
	}

	private String api(String method, String path, String body) throws Exception {
		var basic = Base64.getEncoder().encodeToString((caseworker + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static String json(String body, String field) {
		var matcher = Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + field + " in " + body);
		}
		return matcher.group(1);
	}

	/** A fresh CPR number born 7 July 1985 that passes modulus 11. */
	private static String uniqueCpr() {
		var random = new java.util.Random();
		while (true) {
			var candidate = CPR.substring(0, 6) + (1000 + random.nextInt(3000));
			var weights = new int[] { 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };
			var sum = 0;
			for (var i = 0; i < 10; i++) {
				sum += (candidate.charAt(i) - '0') * weights[i];
			}
			if (sum % 11 == 0) {
				return candidate;
			}
		}
	}

}
