package dk.jobvej.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The administrator's pages in a real Chromium: staff, a refused form, units; all pass axe-core. */
class AdministrationJourneyTests extends BrowserJourney {

	@Test
	void theAdministratorSeesStaffAndUnitsAndIsToldWhatIsMissingInAForm() {
		var page = signIn(organisation().administrator(TestOrganisation.AALBORG));

		page.waitForURL(Pattern.compile(".*/admin/medarbejdere$"));
		assertThat(page.locator("h1")).hasText("Medarbejdere");
		browser.assertAccessible(page);

		page.navigate(url("/admin/medarbejdere/ny"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret medarbejder")).click();
		assertThat(page.locator(".form-error-message").first()).isVisible();
		browser.assertAccessible(page);

		page.navigate(url("/admin/enheder"));
		assertThat(page.locator("h1")).hasText("Enheder");
		browser.assertAccessible(page);
	}

}
