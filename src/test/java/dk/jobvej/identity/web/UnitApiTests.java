package dk.jobvej.identity.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/units} over real HTTP: read by all staff, changed by administrators. */
@JobvejIntegrationTest
class UnitApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	Organisation organisation;

	private final int municipality = Fresh.municipality();

	private TestOrganisation fixtures;

	private ApiClient api;

	private UnitId department;

	@BeforeEach
	void administrator() {
		fixtures = new TestOrganisation(administration);
		department = administration.createUnit("Job- og Uddannelsesafdelingen", null, municipality);
		var admin = fixtures.hire(department, Role.ADMINISTRATOR);
		api = ApiClient.at(port).as(admin);
	}

	@Test
	void everyMemberOfStaffReadsTheUnitsOfTheirMunicipality() {
		var house = administration.createUnit("Jobhuset", department, municipality);
		administration.createUnit("Jobhuset", null, municipality + 1);
		var caseworker = fixtures.hire(house, Role.CASEWORKER);

		var response = ApiClient.at(port).as(caseworker).get("/api/v1/units");

		assertThat(response.status()).isEqualTo(200);
		var units = new ArrayList<String>();
		response.json().forEach(unit -> units.add(unit.path("name").asString() + " < "
				+ unit.path("parent").asString("-") + " v" + unit.path("version").asInt()));
		assertThat(units).containsExactly("Job- og Uddannelsesafdelingen < - v0", "Jobhuset < " + department + " v0");
		assertThat(ApiClient.at(port).get("/api/v1/units").status()).isEqualTo(401);
	}

	@Test
	void onlyAnAdministratorCreatesOrChangesUnits() {
		var caseworker = ApiClient.at(port).as(fixtures.hire(department, Role.CASEWORKER).username(), "wrong");
		var person = fixtures.hire(department, Role.CASEWORKER);
		var theirs = ApiClient.at(port).as(person);

		assertThat(caseworker.get("/api/v1/units").status()).isEqualTo(401);
		assertThat(theirs.post("/api/v1/units", Map.of("name", Fresh.name("Hus "))).status()).isEqualTo(403);
		assertThat(theirs.put("/api/v1/units/" + department, Map.of("name", "Nyt navn", "version", 0)).status())
			.isEqualTo(403);
		assertThat(organisation.unit(department).orElseThrow().name()).isEqualTo("Job- og Uddannelsesafdelingen");
	}

	@Test
	void createsAUnitUnderAnother() {
		var response = api.post("/api/v1/units", Map.of("name", "Uddannelseshuset", "parent", department.toString()));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		var id = response.json().path("id").asString();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/units/" + id);
		assertThat(response.json().path("parent").asString()).isEqualTo(department.toString());
		assertThat(response.json().path("municipalityCode").asInt()).isEqualTo(municipality);
		assertThat(api.get("/api/v1/units/" + id).json().path("name").asString()).isEqualTo("Uddannelseshuset");
	}

	@Test
	void refusesADuplicateNameAnUnknownParentAndBadNamesNamingTheField() {
		administration.createUnit("Ydelsescentret", department, municipality);

		var duplicate = api.post("/api/v1/units", Map.of("name", "ydelsescentret"));
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.errorFields()).containsExactly("name");
		assertThat(duplicate.body()).contains("Der findes allerede en enhed med det navn i kommunen");

		var orphan = api.post("/api/v1/units",
				Map.of("name", Fresh.name("Hus "), "parent", "6f1c2a54-0000-4000-8000-000000000000"));
		assertThat(orphan.status()).isEqualTo(422);
		assertThat(orphan.errorFields()).containsExactly("parent");

		assertThat(api.post("/api/v1/units", Map.of("name", " ")).errorFields()).containsExactly("name");
		assertThat(api.post("/api/v1/units", Map.of("name", "x".repeat(201))).errorFields()).containsExactly("name");
		assertThat(api.post("/api/v1/units", Map.of("name", "<b>Hus</b>")).errorFields()).containsExactly("name");
		assertThat(api.post("/api/v1/units", Map.of("name", "Hus", "parent", "ikke-et-id")).status()).isEqualTo(400);
		assertThat(api.post("/api/v1/units", "{ikke json").status()).isEqualTo(400);
		assertThat(organisation.units(municipality)).hasSize(2);
	}

	@Test
	void renamesAndMovesFromTheVersionReadAndNeverUnderItself() {
		var house = administration.createUnit("Job- og Aktivhuset", department, municipality);
		var team = administration.createUnit("Team Øst", house, municipality);

		var cycle = api.put("/api/v1/units/" + house, change("Job- og Aktivhuset", team, 0));
		assertThat(cycle.status()).isEqualTo(422);
		assertThat(cycle.errorFields()).containsExactly("parent");

		var moved = api.put("/api/v1/units/" + team, change("Team Vest", department, 0));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(moved.json().path("name").asString()).isEqualTo("Team Vest");
		assertThat(moved.json().path("parent").asString()).isEqualTo(department.toString());
		assertThat(moved.json().path("version").asInt()).isEqualTo(1);

		var stale = api.put("/api/v1/units/" + team, change("Team Nord", house, 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(organisation.unit(team).orElseThrow().name()).isEqualTo("Team Vest");

		var top = api.put("/api/v1/units/" + team, change("Team Vest", null, 1));
		assertThat(top.status()).isEqualTo(200);
		assertThat(top.json().has("parent")).isFalse();
	}

	@Test
	void doesNotShowOrChangeUnitsOfAnotherMunicipality() {
		var foreign = administration.createUnit(Fresh.name("Fremmed "), null, municipality + 1);

		assertThat(api.get("/api/v1/units/" + foreign).status()).isEqualTo(404);
		assertThat(api.put("/api/v1/units/" + foreign, change("Overtaget", null, 0)).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/units", Map.of("name", Fresh.name("Hus "), "parent", foreign.toString()))
			.errorFields()).containsExactly("parent");
	}

	private static Map<String, Object> change(String name, UnitId parent, int version) {
		var change = new HashMap<String, Object>();
		change.put("name", name);
		if (parent != null) {
			change.put("parent", parent.toString());
		}
		change.put("version", version);
		return change;
	}

}
