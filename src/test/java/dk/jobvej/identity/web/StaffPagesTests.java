package dk.jobvej.identity.web;

import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffChange;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff pages under {@code /admin/medarbejdere} over real HTTP, as an administrator sees them. */
@JobvejIntegrationTest
class StaffPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	private final int municipality = Fresh.municipality();

	private TestOrganisation fixtures;

	private PageClient browser;

	private UnitId unit;

	@BeforeEach
	void signInAsAdministrator() {
		fixtures = new TestOrganisation(administration);
		unit = fixtures.unit(municipality);
		var admin = fixtures.hire(unit, Role.ADMINISTRATOR);
		browser = PageClient.at(port);
		assertThat(browser.login(admin).location()).endsWith("/");
	}

	@Test
	void listsTheStaffOfTheMunicipalityInDanish() {
		var caseworker = fixtures.hire(unit, Role.CASEWORKER);
		var foreigner = fixtures.hire(fixtures.unit(municipality + 1), Role.CASEWORKER);

		var page = browser.get("/admin/medarbejdere");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Medarbejdere</h1>", "Opret medarbejder", caseworker.username(), "Rådgiver",
				"Aktiv");
		assertThat(page.body()).doesNotContain(foreigner.username());
		assertThat(browser.get("/admin/medarbejdere?lang=en").body()).contains("<h1>Staff</h1>", "Caseworker");
	}

	@Test
	void filtersByUnitAndRoleSwappingOnlyTheTableForHtmx() {
		var otherUnit = fixtures.unit(municipality);
		var mentor = fixtures.hire(otherUnit, Role.MENTOR);
		var caseworker = fixtures.hire(otherUnit, Role.CASEWORKER);

		var fragment = browser.htmxGet("/admin/medarbejdere?enhed=" + otherUnit + "&rolle=MENTOR");

		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html").contains("id=\"staff-results\"", mentor.username());
		assertThat(fragment.body()).doesNotContain(caseworker.username());
		var page = browser.get("/admin/medarbejdere?enhed=" + otherUnit);
		assertThat(page.body()).contains("<html", mentor.username(), caseworker.username());
	}

	@Test
	void hiresThroughTheForm() {
		var form = browser.get("/admin/medarbejdere/ny");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("for=\"username\"", "Brugernavn", "for=\"role-CASEWORKER\"", "Første adgangskode");
		var username = Fresh.name("anne.");

		var created = browser.post("/admin/medarbejdere/ny", List.of(Map.entry("username", username),
				Map.entry("name", "Anne Bach"), Map.entry("email", ""), Map.entry("unit", unit.toString()),
				Map.entry("roles", "TEAM_LEADER"), Map.entry("roles", "CASEWORKER"),
				Map.entry("password", "en lang adgangskode")));

		assertThat(created.status()).isEqualTo(302);
		var page = browser.follow(created);
		assertThat(page.body()).contains("Medarbejderen er oprettet.", "Anne Bach", username);
		var account = administration.accounts(municipality, null, Role.TEAM_LEADER).getFirst();
		assertThat(account.member().username()).isEqualTo(username);
		assertThat(account.member().roles()).containsExactlyInAnyOrder(Role.TEAM_LEADER, Role.CASEWORKER);
		assertThat(account.email()).isNull();
	}

	@Test
	void showsEveryProblemNextToItsFieldAndInASummaryAndStoresNothing() {
		browser.get("/admin/medarbejdere/ny");

		var page = browser.post("/admin/medarbejdere/ny", List.of(Map.entry("username", "Ikke Gyldigt"),
				Map.entry("name", "<script>x</script>"), Map.entry("email", "nej"), Map.entry("unit", ""),
				Map.entry("password", "kort")));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Der er fejl i formularen", "href=\"#username\"", "href=\"#roles\"",
				"id=\"username-error\"", "id=\"name-error\"", "id=\"email-error\"", "id=\"unit-error\"",
				"id=\"roles-error\"", "id=\"password-error\"", "form-group form-error",
				"Brugernavnet skal være 3-50 tegn", "Må ikke indeholde &lt; &gt; eller kontroltegn",
				"Skal være en gyldig e-mailadresse", "Vælg en enhed", "Vælg mindst én rolle",
				"Adgangskoden skal være på mindst 12 og højst 72 tegn");
		assertThat(page.body()).doesNotContain("<script>x</script>").doesNotContain("value=\"kort\"");
		var summary = page.body().substring(0, page.body().indexOf("id=\"username-error\""));
		assertThat(summary).containsSubsequence("href=\"#username\"", "href=\"#name\"", "href=\"#email\"",
				"href=\"#unit\"", "href=\"#roles\"", "href=\"#password\"");
		assertThat(administration.accounts(municipality, null, null)).hasSize(1);
	}

	@Test
	void namesATakenUsernameNextToTheField() {
		var existing = fixtures.hire(unit, Role.MENTOR);
		browser.get("/admin/medarbejdere/ny");

		var page = browser.post("/admin/medarbejdere/ny", List.of(Map.entry("username", existing.username()),
				Map.entry("name", "Navne Fætter"), Map.entry("unit", unit.toString()), Map.entry("roles", "MENTOR")));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"username-error\"", "Brugernavnet er allerede i brug");
	}

	@Test
	void changesDetailsAndTellsOfAConflictWithSomeoneElsesChange() {
		var person = fixtures.hire(unit, Role.CASEWORKER);
		var page = browser.get("/admin/medarbejdere/" + person.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"version\" value=\"0\"", "Deaktivér medarbejder", "Ny adgangskode",
				"<option value=\"" + unit + "\" selected=\"selected\">",
				"id=\"role-CASEWORKER\" value=\"CASEWORKER\" checked=\"checked\"");

		var saved = browser.post("/admin/medarbejdere/" + person.id(), edit("Ny Navnesen", 0));
		assertThat(browser.follow(saved).body()).contains("Ændringerne er gemt.", "Ny Navnesen");

		administration.change(person.id(), new StaffChange("Nogen Andens", null, unit, Set.of(Role.MENTOR), 1));
		var conflict = browser.post("/admin/medarbejdere/" + person.id(), edit("Min Ændring", 1));

		assertThat(conflict.status()).isEqualTo(200);
		assertThat(conflict.body()).contains("En anden har ændret oplysningerne", "Hent de nye oplysninger");
		assertThat(administration.account(person.id()).orElseThrow().member().name()).isEqualTo("Nogen Andens");
	}

	@Test
	void deactivatesReactivatesResetsThePasswordAndUnlocks() {
		var person = fixtures.hire(unit, Role.CASEWORKER);
		browser.get("/admin/medarbejdere/" + person.id());

		var deactivated = browser.follow(browser.post("/admin/medarbejdere/" + person.id() + "/deaktiver", List.of()));
		assertThat(deactivated.body()).contains("Medarbejderen er deaktiveret", "Deaktiveret", "Genaktivér medarbejder");

		var activated = browser.follow(browser.post("/admin/medarbejdere/" + person.id() + "/aktiver", List.of()));
		assertThat(activated.body()).contains("Medarbejderen er genaktiveret.");

		var tooShort = browser.post("/admin/medarbejdere/" + person.id() + "/adgangskode",
				List.of(Map.entry("password", "kort")));
		assertThat(tooShort.body()).contains("id=\"password-error\"", "mindst 12");
		var reset = browser.follow(browser.post("/admin/medarbejdere/" + person.id() + "/adgangskode",
				List.of(Map.entry("password", "en helt ny adgangskode"))));
		assertThat(reset.body()).contains("Adgangskoden er skiftet.");
		assertThat(PageClient.at(port).login(person.username(), "en helt ny adgangskode").location()).endsWith("/");

		var unlocked = browser.follow(browser.post("/admin/medarbejdere/" + person.id() + "/laas-op", List.of()));
		assertThat(unlocked.body()).contains("Kontoen er låst op.");
	}

	@Test
	void isOnlyForAdministratorsOfTheMunicipality() {
		var caseworker = fixtures.hire(unit, Role.CASEWORKER);
		var foreigner = fixtures.hire(fixtures.unit(municipality + 1), Role.CASEWORKER);
		var theirs = PageClient.at(port);
		theirs.login(caseworker);

		assertThat(theirs.get("/admin/medarbejdere").status()).isEqualTo(403);
		assertThat(theirs.get("/admin/medarbejdere/" + caseworker.id()).status()).isEqualTo(403);
		assertThat(browser.get("/admin/medarbejdere/" + foreigner.id()).status()).isEqualTo(404);
		assertThat(PageClient.at(port).get("/admin/medarbejdere").status()).isEqualTo(302);
	}

	@Test
	void refusesAFormWithoutTheCsrfToken() {
		var response = browser.postWithoutCsrf("/admin/medarbejdere/ny",
				List.of(Map.entry("username", Fresh.name("c."))));

		assertThat(response.status()).isEqualTo(403);
	}

	private List<Entry<String, String>> edit(String name, int version) {
		return List.of(Map.entry("name", name), Map.entry("email", "x@aalborg.dk"), Map.entry("unit", unit.toString()),
				Map.entry("roles", "CASEWORKER"), Map.entry("version", String.valueOf(version)));
	}

}
