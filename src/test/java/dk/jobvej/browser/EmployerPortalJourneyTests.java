package dk.jobvej.browser;

import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dk.jobvej.employer.Cvr;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A company signs in to the employer portal in a real browser, posts a small task, and signs out. */
class EmployerPortalJourneyTests extends BrowserJourney {

	@Test
	void anEmployerSignsInPostsASmallTaskAndSignsOut() {
		var consultant = organisation().hire(organisation().unit("Rekrutteringsenheden"), Role.COMPANY_CONSULTANT);
		var api = ApiClient.at(port).as(consultant);
		var random = new Random();
		String cvr = null;
		while (cvr == null) {
			var seven = String.valueOf(1_000_000 + random.nextInt(9_000_000));
			cvr = Cvr.checkDigit(seven) < 0 ? null : seven + Cvr.checkDigit(seven);
		}
		var company = api.post("/api/v1/companies", Map.of("cvr", cvr, "name", "Portalrejsen ApS", "branch", "08",
				"size", "SMALL", "street", "Vesterbro 5", "postcode", "9000", "city", "Aalborg"));
		var email = "rejse-" + UUID.randomUUID() + "@example.dk";
		var user = api.post("/api/v1/companies/" + company.json().path("id").asString() + "/portal-users",
				Map.of("name", "Rikke Rejse", "email", email, "password", "portal-rejse-123"));
		assertThat(user.status()).isEqualTo(201);

		var page = browser.newPage();
		page.navigate(url("/virksomhedsportal/login"));
		browser.assertAccessible(page);
		page.getByLabel("E-mail").fill(email);
		page.getByLabel("Adgangskode").fill("portal-rejse-123");
		page.getByLabel("Adgangskode").press("Enter");
		assertThat(page.locator("#employer-name")).hasText("Velkommen, Rikke Rejse");
		assertThat(page.locator("#employer-company")).hasText("Portalrejsen ApS");
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opret stilling eller småjob")).click();
		page.getByLabel("Stillingsbetegnelse (DISCO-08)").selectOption(new SelectOption().setLabel("Rengøringsassistent (9112)"));
		page.getByLabel("Titel").fill("Morgenrengøring af kontor");
		page.getByLabel("Beskrivelse").fill("Rengøring af kontorer 6-8 på hverdage");
		page.getByLabel("Type").selectOption(new SelectOption().setLabel("Småjob"));
		page.getByLabel("Timer om ugen").fill("10");
		browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret stilling")).click();
		assertThat(page.locator("#vacancy-title")).hasText("Morgenrengøring af kontor");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Stillingen er oprettet");
		browser.assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log af")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du er logget ud af virksomhedsportalen");
	}

}
