package dk.jobvej.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.TestCitizens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;

/** A citizen signs in to Min side in a real browser, with the keyboard, and signs out again. */
class MinSideJourneyTests extends BrowserJourney {

	@Autowired
	CitizenImport imports;

	@Test
	void aCitizenSignsInSeesTheirContactPersonAndSignsOut() {
		var caseworker = organisation().hire(organisation().unit("Job- og Aktivhuset"), Role.CASEWORKER);
		var citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(KONTANTHJAELP, LocalDate.now().minusMonths(2), null);
		citizen.make();
		var login = browser.newPage();
		login.navigate(url("/min-side/login"));
		browser.assertAccessible(login);

		var page = signInAsCitizen(citizen.cpr());

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Velkommen, Test " + citizen.familyName());
		assertThat(page.locator("#own-contact")).hasText("Medarbejder " + caseworker.username());
		assertThat(page.locator("#own-cpr")).hasText(citizen.cpr().masked());
		browser.assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log af")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du er logget ud af Min side");
	}

}
