package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A leader runs a trial in a real Chromium: defines it with its target-group rule on the form,
 * selects the gross target group (and sees who narrowly missed), draws participants and controls
 * and sees the draw verified, then reads the status and the effect evaluation. Every page passes
 * axe-core.
 */
class ProgrammeJourneyTests extends BrowserJourney {

	@Autowired
	CitizenImport imports;

	@Test
	void theLeaderDefinesSelectsAndDrawsATrial() {
		var organisation = organisation();
		var municipality = Fresh.municipality();
		var unit = organisation.unit(Fresh.name("Job- og Aktivhuset"), municipality);
		var leader = organisation.hire(unit, Role.TEAM_LEADER);
		var caseworker = organisation.hire(unit, Role.CASEWORKER);
		var selection = LocalDate.now().minusDays(100);
		var citizens = new TestCitizens(imports);
		for (var i = 0; i < 6; i++) {
			citizens.in(caseworker)
				.municipality(municipality)
				.contact(caseworker)
				.benefit(BenefitType.KONTANTHJAELP, selection.minusYears(2).minusDays(i), null)
				.category(VisitationCategory.AKTIVITETSPARAT, selection.minusYears(2))
				.make();
		}
		citizens.in(caseworker)
			.municipality(municipality)
			.contact(caseworker)
			.benefit(BenefitType.KONTANTHJAELP, selection.minusMonths(11), null)
			.category(VisitationCategory.AKTIVITETSPARAT, selection.minusMonths(11))
			.make();

		var page = signIn(leader);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		assertThat(page.locator("nav a[href='/programmer']").first()).hasText("Programmer");
		page.navigate(url("/programmer"));
		assertThat(page).hasTitle("Programmer og forsøg – Jobvej");
		browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opret program")).click();
		browser.assertAccessible(page);
		page.locator("#programme-code").fill(Fresh.name("JF"));
		page.locator("#programme-name").fill("JobFirst i Aalborg");
		page.locator("#programme-methods").fill("Virksomhedsforløb fra dag 1 med én gennemgående mentor");
		page.locator("#programme-startsOn").fill(selection.toString());
		page.locator("#programme-endsOn").fill(selection.plusYears(2).toString());
		page.locator("#programme-selectionOn").fill(selection.toString());
		page.locator("#programme-randomised").check();
		page.locator("#c1-benefit-KONTANTHJAELP").check();
		page.locator("#c1-category").selectOption("AKTIVITETSPARAT");
		page.locator("#programme-c1MinAge").fill("18");
		page.locator("#programme-c1MinSupportMonths").fill("12");
		page.locator("#programme-c1MaxInterruptionDays").fill("28");
		page.locator("#programme-source").fill("Beskæftigelsesudvalget");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret program")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("JobFirst i Aalborg"))).isVisible();
		assertThat(page.locator("#not-selected")).isVisible();
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Udsøgning")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udsøg målgruppen")).click();
		assertThat(page.locator("#selection-summary")).containsText("6 af 7 borgere");
		assertThat(page.locator("#near-misses")).containsText("Mangler");
		assertThat(page.locator("#members tbody tr")).hasCount(6);
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lodtrækning")).click();
		page.getByLabel("Frø (seed)").fill("20160301");
		page.getByLabel("Antal i deltagergruppen").fill("3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Træk lod")).click();
		assertThat(page.locator("#verification")).containsText("Fordelingen er uændret");
		assertThat(page.locator("#participants")).hasText("3");
		assertThat(page.locator("#allocation-hash")).hasText(Pattern.compile("[0-9a-f]{64}"));
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Status").setExact(true)).click();
		assertThat(page.locator("#arms")).containsText("3 i deltagergruppen");
		assertThat(page.locator("#report-pdf")).isVisible();
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Effekt")).click();
		assertThat(page.locator("#effect")).isVisible();
		assertThat(page.locator("#explanation")).containsText("Tallene siger ikke");
		browser.assertAccessible(page);
	}

}
