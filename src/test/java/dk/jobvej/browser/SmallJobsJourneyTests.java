package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a company reports a small task on the bureau's public form without signing in (a
 * mistake is named, then the receipt), and a network partner signs in and lands on the Vækst Via Viden
 * dashboard; every page passes axe-core.
 */
class SmallJobsJourneyTests extends BrowserJourney {

	@Test
	void aCompanyReportsATaskOnThePublicForm() {
		var organisation = organisation();
		var admin = organisation.administrator(851);
		var unit = organisation.unit("Småjobbureau");
		var slug = "rejse-" + UUID.randomUUID().toString().substring(0, 8);
		var bureau = ApiClient.at(port).as(admin).post("/api/v1/small-jobs/bureaus",
				Map.of("name", "FOKUS Folkeoplysning " + slug, "slug", slug, "cvr", "13748136", "unit", unit.toString(),
						"street", "Boulevarden 13", "postcode", "9000", "city", "Aalborg", "bankAccount", "9570 1234567890",
						"hourlyRate", 85));
		assertThat(bureau.status()).as("%s", bureau).isEqualTo(201);
		var page = browser.newPage();
		page.navigate(url("/smaajob/meld-opgave/" + slug));
		browser.assertAccessible(page);

		page.getByLabel("Virksomhedens navn").fill("Hustømrerne ApS");
		page.getByLabel("CVR-nummer").fill("13748136");
		page.getByLabel("Kontaktperson").fill("Torben Kristensen");
		page.getByLabel("E-mail").fill("torben@example.dk");
		page.getByLabel("Telefon").fill("98123456");
		page.getByLabel("Opgave", new Page.GetByLabelOptions().setExact(true)).fill("Oprydning på byggepladsen");
		page.getByLabel("Beskrivelse af opgaven").fill("Sortering af affald og fejning to formiddage om ugen");
		page.getByLabel("Adresse, hvor opgaven løses").fill("Hobrovej 88");
		page.getByLabel("Postnummer").fill("9200");
		page.getByLabel("By").fill("Aalborg SV");
		page.getByLabel("Startdato").fill(LocalDate.now().plusDays(14).toString());
		page.getByLabel("Timer om ugen").fill("3");
		page.getByLabel("Overenskomst, der fastsætter lønnen")
			.selectOption(new SelectOption().setLabel("Bygge- og Anlægsoverenskomsten"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld opgaven")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("mindst 5 timer om ugen");
		browser.assertAccessible(page);

		page.getByLabel("Timer om ugen").fill("8");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld opgaven")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Tak – opgaven er meldt");
		browser.assertAccessible(page);
	}

	@Test
	void aNetworkPartnerSignsInToTheDashboard() {
		var organisation = organisation();
		var admin = organisation.administrator(851);
		var unit = organisation.unit("Akademikernes A-kasse");
		var partner = organisation.hire(unit, Role.NETWORK_PARTNER);
		var name = Fresh.name("Vækst Via Viden ");
		var network = ApiClient.at(port).as(admin).post("/api/v1/network/networks",
				Map.of("name", name, "periodFrom", LocalDate.now().minusYears(1).toString(), "periodTo",
						LocalDate.now().plusYears(2).toString(), "targetMatches", 2000, "homeMunicipality", 851,
						"homeSharePercent", 40, "takeWithinDays", 5, "municipalities",
						Map.of("851", "Aalborg", "860", "Hjørring")));
		assertThat(network.status()).as("%s", network).isEqualTo(201);
		var id = network.json().path("id").asString();
		assertThat(ApiClient.at(port).as(admin).post("/api/v1/network/networks/" + id + "/partners",
				Map.of("code", "AKA", "name", "Akademikernes A-kasse", "pool", "Kandidater i hele landet", "unit",
						unit.toString(), "relayOrder", 1, "targetMatches", 400)).status()).isEqualTo(201);
		assertThat(ApiClient.at(port).as(partner).post("/api/v1/network/networks/" + id + "/openings",
				Map.of("companyName", "Hjørring Software ApS", "cvr", "13748136", "companyMunicipality", 860, "dialog",
						"Nye markeder i Norden", "jobContent", java.util.List.of("NEW_MARKETS"), "description",
						"Salgsingeniør", "kind", "GROWTH_PILOT")).status()).isEqualTo(201);

		var page = signIn(partner);

		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/vaekst-via-viden$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		assertThat(page.getByTestId("openings")).containsText("Hjørring Software ApS");
		browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tag åbningen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("I har taget matchåbningen");
		browser.assertAccessible(page);
	}

}
