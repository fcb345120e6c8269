package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The leader's results in a real Chromium: the dashboard with its charts and the KPI that waits
 * for its module, full-time persons, and the committee report whose progress bar htmx keeps up to
 * date until the PDF and the spreadsheet are ready. Every page passes axe-core.
 */
class ResultsJourneyTests extends BrowserJourney {

	@Test
	void theLeaderReadsTheDashboardAndMakesTheCommitteeReport() {
		var organisation = organisation();
		var municipality = Fresh.municipality();
		var unit = organisation.unit("Jobhuset", municipality);
		var leader = organisation.hire(unit, Role.TEAM_LEADER);
		var caseworker = organisation.hire(unit, Role.CASEWORKER);
		var administrator = organisation.hire(unit, Role.ADMINISTRATOR);
		var year = LocalDate.now().getYear() - 1;
		var admin = ApiClient.at(port).as(administrator);
		for (var kpi : new String[][] { { "1", "Borgere afsluttet til job eller uddannelse", "EXITS_FROM_PUBLIC_SUPPORT" },
				{ "2", "Afholdte samtaler", "CONVERSATIONS_HELD" } }) {
			var id = admin.post("/api/v1/results/kpis", Map.of("goal", Integer.parseInt(kpi[0]), "nameDa", kpi[1], "nameEn",
					kpi[1], "measure", kpi[2], "targetKind", "MONTHLY_AVERAGE")).json().path("id").asString();
			admin.put("/api/v1/results/kpis/" + id + "/targets/" + year, Map.of("target", 2, "source", "Testplan"));
		}
		var cprs = new CprGenerator(new Random(municipality));
		var api = ApiClient.at(port).as(caseworker);
		for (var month = 2; month <= 10; month += 4) {
			var citizen = api.post("/api/v1/citizens", Map.of("cpr", cprs.adult(LocalDate.now()).value(), "givenName", "Ib",
					"familyName", Fresh.name("Journey"), "unit", unit.toString(), "primaryContact", caseworker.id().toString()))
				.json()
				.path("id")
				.asString();
			api.post("/api/v1/citizens/" + citizen + "/benefit-periods", Map.of("type", "KONTANTHJAELP", "from",
					LocalDate.of(year, 1, 1).toString(), "to", LocalDate.of(year, month, 15).toString()));
		}

		var page = signIn(leader);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resultater").setExact(true)).click();
		page.getByLabel("År").selectOption(String.valueOf(year));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opdatér tal fra ydelsesforløbene")).click();
		assertThat(page.locator("#refreshed")).isVisible();
		page.navigate(url("/resultater?aar=" + year));
		assertThat(page).hasTitle("Resultater – Jobvej");
		assertThat(page.locator(".jobvej-kpi").first()).containsText("Borgere afsluttet til job eller uddannelse");
		assertThat(page.locator(".jobvej-kpi svg").first()).isVisible();
		assertThat(page.locator(".kpi-waiting")).containsText("Måles når modulet Kontaktforløb er i drift");
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fuldtidspersoner")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fuldtidspersoner"))).isVisible();
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Status til Beskæftigelsesudvalget")).click();
		page.getByLabel("År").selectOption(String.valueOf(year));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lav rapporten")).click();
		assertThat(page.locator("#report-pdf")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
		assertThat(page.locator("#report-xlsx")).isVisible();
		browser.assertAccessible(page);
	}

}
