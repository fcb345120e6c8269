package dk.jobvej.browser;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's self-service CV and plan on Min side, and the caseworker granting an offer, in a
 * real Chromium. Every page passes axe-core with no serious or critical violation.
 */
class CvAndPlanJourneyTests extends BrowserJourney {

	@Autowired
	CitizenImport imports;

	private Staff caseworker;

	private TestCitizens.Builder citizen;

	private CitizenId citizenId;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void anActivityReadyCitizenWithAPlan() {
		var organisation = organisation();
		caseworker = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
		citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(BenefitType.KONTANTHJAELP, today.minusMonths(6), null)
			.category(VisitationCategory.AKTIVITETSPARAT, today.minusMonths(6));
		citizenId = citizen.make();
		var api = ApiClient.at(port).as(caseworker);
		var plan = "/api/v1/citizens/" + citizenId + "/plan";
		assertThat(api.post(plan + "/end-goal", Map.of("text", "Job som lagerarbejder")).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/citizens/" + citizenId + "/offers", Map.of("type", "VIRKSOMHEDSPRAKTIK",
				"providerKind", "COMPANY", "providerName", "Salling Group", "startDate", today.toString(), "plannedEnd",
				today.plusWeeks(13).minusDays(1).toString(), "reason", "Prøve lagerarbejde af")).status()).isEqualTo(201);
	}

	@Test
	void theCitizenWritesTheirCvAndMeasuresTheirProgressOnMinSide() {
		var page = browser.newPage();
		page.navigate(url("/min-side/login"));
		page.getByLabel("CPR-nummer").fill(citizen.cpr().value());
		page.getByLabel("Adgangskode").fill(PageClient.CITIZEN_TEST_PASSWORD);
		page.getByLabel("Adgangskode").press("Enter");
		page.waitForURL(Pattern.compile(".*/min-side$"));
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit CV")).click();
		assertThat(page.locator("#cv-heading")).hasText("Mit CV");
		browser.assertAccessible(page);

		var goals = page.locator("#job-goal-form");
		goals.getByLabel("Job", new Locator.GetByLabelOptions().setExact(true)).selectOption("9333");
		goals.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj jobmål")).click();
		assertThat(page.locator("#cv-job-goals")).containsText("Lagerarbejder");

		var skills = page.locator("#skill-form");
		skills.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj kompetence")).click();
		assertThat(page.locator("#skill-form")).containsText("Skal udfyldes");
		browser.assertAccessible(page);
		page.locator("#skill-form").getByLabel("Kompetence, fx truckcertifikat eller kundeservice").fill("Truckcertifikat A");
		page.locator("#skill-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj kompetence")).click();
		assertThat(page.locator("#cv-skills")).containsText("Truckcertifikat A");

		page.locator("#wishes-form").getByLabel("Timer om ugen").fill("30");
		page.locator("#wishes-form").getByLabel("Højst km til arbejde").fill("25");
		page.locator("#wishes-form").getByLabel("Handel og transport mv.").check();
		page.locator("#wishes-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem ønsker")).click();
		assertThat(page.locator("#cv-completeness")).containsText("38 % udfyldt");
		browser.assertAccessible(page);

		page.navigate(url("/min-side/plan"));
		assertThat(page.locator("#own-end-goal")).hasText("Job som lagerarbejder");
		assertThat(page.locator("#own-offers")).containsText("Du er i virksomhedspraktik hos Salling Group");
		assertThat(page.locator("#own-decisions")).containsText("Bevilling");
		browser.assertAccessible(page);

		var form = page.locator("#own-measure-form");
		form.locator("#own-EGEN_TRO-4").check();
		form.locator("#own-HELBRED-3").check();
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem mine svar")).click();
		assertThat(page.locator("#progression svg polyline, #progression svg circle").first()).isVisible();
		browser.assertAccessible(page);
	}

	@Test
	void theCaseworkerGrantsAnOfferAndIsToldWhichRuleALongerOneBreaks() {
		var page = signIn(caseworker);
		page.waitForURL(Pattern.compile(".*/borgere$"));
		page.navigate(url("/borgere/" + citizenId + "/plan"));
		assertThat(page.locator("#plan-heading")).containsText("Plan for");
		browser.assertAccessible(page);

		page.locator("#new-offer").click();
		var form = page.locator("#offer-form");
		form.getByLabel("Indsats", new Locator.GetByLabelOptions().setExact(true)).selectOption("VIRKSOMHEDSPRAKTIK");
		form.getByLabel("Slags udbyder").selectOption("COMPANY");
		form.getByLabel("Udbyder, fx virksomhedens navn").fill("Bilka Aalborg");
		form.getByLabel("Startdato").fill(today.toString());
		form.getByLabel("Planlagt slutdato").fill(today.plusWeeks(20).toString());
		form.getByLabel("Formål og begrundelse").fill("Afprøve lagerarbejde med mentor");
		browser.assertAccessible(page);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bevilg indsats")).click();

		assertThat(page.locator("#offer-form")).containsText("Virksomhedspraktik for aktivitetsparate: 13 uger");
		assertThat(page.locator("#offer-plannedEnd")).hasAttribute("aria-describedby", "offer-plannedEnd-error");
		browser.assertAccessible(page);

		page.locator("#offer-form").getByLabel("Planlagt slutdato").fill(today.plusWeeks(13).minusDays(1).toString());
		page.locator("#offer-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bevilg indsats")).click();

		assertThat(page.locator("#offer-heading")).hasText("Virksomhedspraktik");
		assertThat(page.locator("#offer-status")).containsText("Bevilget");
		assertThat(page.locator("#offer-rules")).containsText("13 uger");
		browser.assertAccessible(page);
	}

}
