package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The user survey in a real Chromium: a citizen answers the questionnaire with the code from the
 * slip, without signing in, first forgetting nothing but typing a wrong code; the leader reads the
 * results with the stacked bar chart. Every page passes axe-core.
 */
class SurveyJourneyTests extends BrowserJourney {

	@Test
	void aCitizenAnswersWithTheCodeAndTheLeaderReadsTheResults() {
		var organisation = organisation();
		var municipality = Fresh.municipality();
		var unit = organisation.unit("Jobhuset", municipality);
		var leader = organisation.hire(unit, Role.TEAM_LEADER);
		var year = LocalDate.now().getYear() + 1;
		var api = ApiClient.at(port).as(leader);
		var round = api.post("/api/v1/survey/rounds", Map.of("kind", "CITIZEN", "name", Fresh.name("Brugermåling "),
				"weeks", List.of(Map.of("year", year, "week", 6)), "units", List.of(unit.toString())))
			.json()
			.path("id")
			.asString();
		var codes = api.post("/api/v1/survey/rounds/" + round + "/codes", Map.of("year", year, "week", 6, "count", 5))
			.json()
			.path("codes");

		var page = browser.newPage();
		page.navigate(url("/svar"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Svar på spørgeskema"))).isVisible();
		browser.assertAccessible(page);
		page.getByLabel("Kode fra sedlen").fill("ABCDE-FGHJK");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gå til spørgeskemaet")).click();
		assertThat(page.locator("#code-form")).containsText("Koden findes ikke, er allerede brugt eller er udløbet");
		browser.assertAccessible(page);

		page.getByLabel("Kode fra sedlen").fill(codes.get(0).path("code").asString().toLowerCase());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gå til spørgeskemaet")).click();
		page.waitForURL(Pattern.compile(".*/svar/[A-Z2-9]{10}$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hvad synes du om samtalen?")))
			.isVisible();
		assertThat(page).hasTitle("Hvad synes du om samtalen? – Jobcenter");
		browser.assertAccessible(page);
		for (var q = 1; q <= 9; q++) {
			page.locator("#score" + q + "-5").check();
		}
		page.getByLabel("Job", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Har du andre kommentarer? (frivilligt)").fill("Rådgiveren lyttede.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send besvarelse")).click();
		assertThat(page.locator("#thanks")).containsText("Tak for dit svar");
		browser.assertAccessible(page);

		for (var i = 1; i < 5; i++) {
			var body = new java.util.HashMap<String, Object>();
			body.put("code", codes.get(i).path("code").asString());
			body.put("scores", List.of(4, 4, 4, 2, 4, 4, 4, 4, 4));
			ApiClient.at(port).post("/api/v1/survey/answers", body);
		}
		var leaderPage = signIn(leader);
		leaderPage.waitForURL(Pattern.compile(".*/borgere$"));
		leaderPage.navigate(url("/brugermaaling/runder/" + round));
		assertThat(leaderPage.locator("#response-rate")).containsText("Samlet svarprocent 100 %");
		assertThat(leaderPage.locator("#distribution > svg")).isVisible();
		assertThat(leaderPage.locator("#shares")).containsText("20 %");
		browser.assertAccessible(leaderPage);
	}

}
