package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation.Staff;
import dk.jobvej.youth.internal.YouthRules;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Uddannelseshuset in a real Chromium: the caseworker's education-order worklist with the overdue
 * step first, the order moved on to step 2 with a new deadline, and the leader's distribution over
 * the steps. Every page passes axe-core.
 */
class EducationOrderJourneyTests extends BrowserJourney {

	@Autowired
	CitizenImport imports;

	@Autowired
	YouthRules rules;

	private Staff caseworker;

	private Staff leader;

	private String overdueName;

	private String laterName;

	@BeforeEach
	void twoYoungPeopleWithOrdersOneOverdue() {
		var organisation = organisation();
		var unit = organisation.unit(Fresh.name("Uddannelseshuset"));
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		leader = organisation.hire(unit, Role.TEAM_LEADER);
		var api = ApiClient.at(port).as(caseworker);
		overdueName = order(api, "2026-10-29");
		laterName = order(api, LocalDate.now().plusWeeks(6).toString());
	}

	private String order(ApiClient api, String deadline) {
		var since = LocalDate.of(2025, 9, 1);
		var citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.cpr(Cpr.parse(new CprGenerator(new Random()).valid(LocalDate.of(2005, 2, 14))))
			.benefit(BenefitType.KONTANTHJAELP, since, null)
			.category(VisitationCategory.UDDANNELSESPARAT, since);
		var id = citizen.make();
		var issued = api.post("/api/v1/youth/education-orders", Map.of("citizen", id.toString(), "issuedOn",
				"2026-10-01", "deadline", deadline, "noQualification", true));
		org.assertj.core.api.Assertions.assertThat(issued.status()).as("%s", issued).isEqualTo(201);
		return "Test " + citizen.familyName();
	}

	@Test
	void theCaseworkerSeesTheOverdueStepFirstAndMovesTheOrderOn() {
		var page = signIn(caseworker);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		page.navigate(url("/unge"));
		var worklist = page.getByTestId("order-worklist");
		assertThat(worklist).containsText(overdueName);
		assertThat(worklist).containsText(laterName);
		var inForce = rules.inForce(LocalDate.of(2026, 10, 1), LocalDate.now());
		var first = worklist.locator("tbody tr").first();
		if (inForce) {
			assertThat(first).containsText(overdueName);
			assertThat(first).containsText("Overskredet");
		}
		else {
			assertThat(first).containsText("Uden frist");
		}
		browser.assertAccessible(page);

		worklist.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(overdueName)).click();
		assertThat(page.locator("#order-heading")).containsText(overdueName);
		assertThat(page.locator("#current-step")).hasText("Trin 1: foreslå uddannelser");
		browser.assertAccessible(page);

		var form = page.locator("#advance-form");
		form.getByLabel("Gennemført den").fill("2026-10-20");
		form.getByLabel("Frist for næste trin").fill(LocalDate.now().plusWeeks(4).toString());
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem og gå videre")).click();
		assertThat(page.locator("#advance-form")).containsText("Skal udfyldes");
		browser.assertAccessible(page);

		page.locator("#advance-form").getByLabel("Den uddannelse, den unge skal søge").fill("Elektriker, TECHCOLLEGE");
		page.locator("#advance-form").getByLabel("Gennemført den").fill("2026-10-20");
		page.locator("#advance-form").getByLabel("Frist for næste trin").fill(LocalDate.now().plusWeeks(4).toString());
		page.locator("#advance-form")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem og gå videre"))
			.click();
		assertThat(page.locator("#current-step")).hasText("Trin 2: søge optagelse");
		assertThat(page.locator("#steps")).containsText("Elektriker, TECHCOLLEGE");
		browser.assertAccessible(page);
	}

	@Test
	void theLeaderSeesTheDistributionOverTheSteps() {
		var page = signIn(leader);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		page.navigate(url("/unge"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kommunens tal"))).isVisible();
		assertThat(page.getByTestId("step-distribution")).containsText("Trin 1: foreslå uddannelser");
		assertThat(page.locator("#seniority")).containsText("målet");
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enhedens pålæg")).click();
		assertThat(page.getByTestId("order-worklist")).containsText(overdueName);
		browser.assertAccessible(page);
	}

}
