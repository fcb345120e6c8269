package dk.jobvej.browser;

import java.util.Random;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dk.jobvej.employer.Cvr;
import dk.jobvej.identity.Role;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The recruitment unit takes in a vacancy in a real browser: a consultant registers a company by
 * CVR number, takes in a job, and carves a task out of it; every page passes axe-core.
 */
class VacancyIntakeJourneyTests extends BrowserJourney {

	private static String cvr() {
		var random = new Random();
		while (true) {
			var seven = String.valueOf(1_000_000 + random.nextInt(9_000_000));
			var check = Cvr.checkDigit(seven);
			if (check >= 0) {
				return seven + check;
			}
		}
	}

	@Test
	void aConsultantRegistersACompanyTakesInAJobAndCarvesATask() {
		var consultant = organisation().hire(organisation().unit("Rekrutteringsenheden"), Role.COMPANY_CONSULTANT);
		var page = signIn(consultant);
		page.navigate(url("/virksomheder"));
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér virksomhed")).click();
		page.getByLabel("CVR-nummer").fill("12345678");
		page.getByLabel("Navn").fill("Journey Lager ApS");
		page.getByLabel("Branche").selectOption(new SelectOption().setLabel("Handel og transport mv."));
		page.getByLabel("Adresse").fill("Hobrovej 1");
		page.getByLabel("Postnummer").fill("9000");
		page.getByLabel("By").fill("Aalborg");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("modulus 11");
		browser.assertAccessible(page);

		var cvr = cvr();
		page.getByLabel("CVR-nummer").fill(cvr);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér")).click();
		assertThat(page.locator("#company-cvr")).hasText(cvr);
		assertThat(page.locator("#company-consultant")).hasText("Medarbejder " + consultant.username());
		browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modtag stilling")).click();
		page.getByLabel("Stillingsbetegnelse (DISCO-08)").selectOption(new SelectOption().setLabel("Lagerarbejder (9333)"));
		page.getByLabel("Titel").fill("Lagermedarbejder til nattevagt");
		page.getByLabel("Beskrivelse").fill("Pluk, pak og truckkørsel");
		page.getByLabel("Timer om ugen").fill("37");
		browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret stilling")).click();
		assertThat(page.locator("#vacancy-title")).hasText("Lagermedarbejder til nattevagt");
		assertThat(page.locator("#vacancy-status")).hasText("Åben");
		browser.assertAccessible(page);

		var task = page.locator("#task-form");
		task.getByLabel("Stillingsbetegnelse (DISCO-08)").selectOption(new SelectOption().setLabel("Pakkeriarbejder (9321)"));
		task.getByLabel("Titel").fill("Pakning af ordrer");
		task.getByLabel("Beskrivelse").fill("Pakke ordrer om morgenen");
		task.getByLabel("Timer om ugen").fill("4");
		task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opret opgave")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("mindst 5 timer om ugen");
		browser.assertAccessible(page);

		page.locator("#task-form").getByLabel("Timer om ugen").fill("12");
		page.locator("#task-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opret opgave")).click();
		assertThat(page.getByTestId("tasks")).containsText("Pakning af ordrer");
		browser.assertAccessible(page);
	}

}
