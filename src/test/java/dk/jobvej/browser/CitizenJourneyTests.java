package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseworker's day in a real Chromium: Mine borgere, search by CPR, the citizen page with
 * the CPR revealed on click, a visitation change that needs a reason, and a colleague from
 * another unit who must break the glass. Every page passes axe-core.
 */
class CitizenJourneyTests extends BrowserJourney {

	private Staff caseworker;

	private Staff colleagueInJobhuset;

	private String citizenName;

	private String cpr;

	@BeforeEach
	void aCaseworkerWithACitizenOnKontanthjaelp() {
		var organisation = organisation();
		var aktivhuset = organisation.unit(Fresh.name("Job- og Aktivhuset"));
		caseworker = organisation.hire(aktivhuset, Role.CASEWORKER);
		colleagueInJobhuset = organisation.hire(organisation.unit(Fresh.name("Jobhuset")), Role.CASEWORKER);
		var familyName = Fresh.name("Journey");
		cpr = new CprGenerator(new Random()).adult(LocalDate.now()).value();
		var api = ApiClient.at(port).as(caseworker);
		var citizen = api.post("/api/v1/citizens", Map.of("cpr", cpr, "givenName", "Karin", "familyName", familyName,
				"street", "Boulevarden 13", "postcode", "9000", "city", "Aalborg", "unit", aktivhuset.toString(),
				"primaryContact", caseworker.id().toString()));
		assertThat(citizen.status()).as("%s", citizen).isEqualTo(201);
		var benefit = api.post("/api/v1/citizens/" + citizen.json().path("id").asString() + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", LocalDate.now().minusMonths(3).toString()));
		assertThat(benefit.status()).as("%s", benefit).isEqualTo(201);
		citizenName = "Karin " + familyName;
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

	private Page loggedIn(Staff staff) {
		var page = signIn(staff);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		return page;
	}

}
