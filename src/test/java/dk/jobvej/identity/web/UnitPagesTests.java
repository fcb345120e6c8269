package dk.jobvej.identity.web;

import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitChange;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit pages under {@code /admin/enheder} over real HTTP. */
@JobvejIntegrationTest
class UnitPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	Organisation organisation;

	private final int municipality = Fresh.municipality();

	private PageClient browser;

	private UnitId department;

	private UnitId house;

	@BeforeEach
	void signInAsAdministrator() {
		department = administration.createUnit("Job- og Uddannelsesafdelingen", null, municipality);
		house = administration.createUnit("Job- og Aktivhuset", department, municipality);
		var admin = new TestOrganisation(administration).hire(department, Role.ADMINISTRATOR);
		browser = PageClient.at(port);
		browser.login(admin);
	}

	@Test
	void drawsTheOrganisationAsATreeUnderTheDepartment() {
		var team = administration.createUnit("Team Nord", house, municipality);

		var page = browser.get("/admin/enheder");

		assertThat(page.status()).isEqualTo(200);
		var body = page.body().replaceAll("\\s+", " ");
		assertThat(body).containsPattern("<ul class=\"jobvej-tree\"> <li> <a href=\"/admin/enheder/" + department
				+ "\">Job- og Uddannelsesafdelingen</a> <ul class=\"jobvej-tree\"> <li> <a href=\"/admin/enheder/" + house
				+ "\">Job- og Aktivhuset</a> <ul class=\"jobvej-tree\"> <li> <a href=\"/admin/enheder/" + team
				+ "\">Team Nord</a>");
		assertThat(body).contains("<h1>Enheder</h1>", "Opret enhed", "Ingen (øverst i organisationen)",
				"\u00a0\u00a0\u00a0Job- og Aktivhuset");
	}

	@Test
	void createsAUnitAndNamesATakenNameNextToTheField() {
		browser.get("/admin/enheder");

		var created = browser.post("/admin/enheder",
				List.of(Map.entry("name", "Uddannelseshuset"), Map.entry("parent", department.toString())));

		assertThat(browser.follow(created).body()).contains("Enheden er oprettet.", "Uddannelseshuset");
		var again = browser.post("/admin/enheder",
				List.of(Map.entry("name", "UDDANNELSESHUSET"), Map.entry("parent", "")));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("Der er fejl i formularen", "id=\"name-error\"",
				"Der findes allerede en enhed med det navn i kommunen");
		var empty = browser.post("/admin/enheder", List.of(Map.entry("name", ""), Map.entry("parent", "")));
		assertThat(empty.body()).contains("id=\"name-error\"", "Skal udfyldes");
		assertThat(organisation.units(municipality)).hasSize(3);
	}

	@Test
	void renamesAndMovesAUnitButNotUnderItsOwnSubUnits() {
		var team = administration.createUnit("Team Syd", house, municipality);

		var page = browser.get("/admin/enheder/" + house);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"version\" value=\"0\"", "Hører under")
			.doesNotContain("<option value=\"" + team + "\"");

		var cycle = browser.post("/admin/enheder/" + house, List.of(Map.entry("name", "Job- og Aktivhuset"),
				Map.entry("parent", team.toString()), Map.entry("version", "0")));
		assertThat(cycle.body()).contains("id=\"parent-error\"", "kan ikke flyttes ind under sig selv");

		browser.get("/admin/enheder/" + team);
		var moved = browser.post("/admin/enheder/" + team, List.of(Map.entry("name", "Team Midt"),
				Map.entry("parent", department.toString()), Map.entry("version", "0")));
		assertThat(browser.follow(moved).body()).contains("Ændringerne er gemt.", "Team Midt");
		assertThat(organisation.unit(team).orElseThrow().parent()).isEqualTo(department);
	}

	@Test
	void tellsOfAConflictWithSomeoneElsesChange() {
		browser.get("/admin/enheder/" + house);
		administration.changeUnit(house, new UnitChange("Job- og Aktivhuset Vest", department, 0));

		var conflict = browser.post("/admin/enheder/" + house, List.of(Map.entry("name", "Mit navn"),
				Map.entry("parent", department.toString()), Map.entry("version", "0")));

		assertThat(conflict.status()).isEqualTo(200);
		assertThat(conflict.body()).contains("En anden har ændret oplysningerne", "Hent de nye oplysninger");
		assertThat(organisation.unit(house).orElseThrow().name()).isEqualTo("Job- og Aktivhuset Vest");
	}

	@Test
	void answersNotFoundForAUnitOfAnotherMunicipality() {
		var foreign = administration.createUnit(Fresh.name("Fremmed "), null, municipality + 1);

		assertThat(browser.get("/admin/enheder/" + foreign).status()).isEqualTo(404);
	}

}
