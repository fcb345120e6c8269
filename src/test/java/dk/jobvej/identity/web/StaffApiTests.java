package dk.jobvej.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/staff} over real HTTP, for administrators only. */
@JobvejIntegrationTest
class StaffApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	AuditLog auditLog;

	private final int municipality = Fresh.municipality();

	private TestOrganisation fixtures;

	private Staff admin;

	private ApiClient api;

	private String unit;

	@BeforeEach
	void administrator() {
		fixtures = new TestOrganisation(administration);
		admin = fixtures.administrator(municipality);
		api = ApiClient.at(port).as(admin);
		unit = fixtures.unit(municipality).toString();
	}

	@Test
	void hiresAMemberOfStaffAndNeverShowsThePassword() {
		var username = Fresh.name("mette.");
		var response = api.post("/api/v1/staff", newMember(username));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		var body = response.json();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/staff/" + body.path("id").asString());
		assertThat(body.path("username").asString()).isEqualTo(username);
		assertThat(body.path("roles").toString()).isEqualTo("[\"CASEWORKER\",\"MENTOR\"]");
		assertThat(body.path("active").asBoolean()).isTrue();
		assertThat(body.path("passwordLogin").asBoolean()).isTrue();
		assertThat(body.path("version").asInt()).isZero();
		assertThat(body.has("password")).isFalse();
		assertThat(response.body()).doesNotContain("en lang adgangskode").doesNotContain("bcrypt");
		assertThat(ApiClient.at(port).as(username, "en lang adgangskode").get("/api/v1/units").status()).isEqualTo(200);
		assertThat(audit("staff/" + body.path("id").asString())).containsExactly(admin.username() + " CREATE staff");
	}

	@Test
	void hiresSomeoneWhoSignsInThroughTheIdentityProviderOnly() {
		var request = newMember(Fresh.name("oidc."));
		request.remove("password");

		var response = api.post("/api/v1/staff", request);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().path("passwordLogin").asBoolean()).isFalse();
	}

	@Test
	void listsTheStaffOfTheMunicipalityFilteredByUnitAndRole() {
		var otherUnit = fixtures.unit(municipality);
		var caseworker = fixtures.hire(otherUnit, Role.CASEWORKER);
		var mentor = fixtures.hire(otherUnit, Role.MENTOR);
		fixtures.hire(fixtures.unit(municipality + 1), Role.CASEWORKER);

		assertThat(usernames(api.get("/api/v1/staff"))).containsExactlyInAnyOrder(admin.username(),
				caseworker.username(), mentor.username());
		assertThat(usernames(api.get("/api/v1/staff?unit=" + otherUnit + "&role=MENTOR")))
			.containsExactly(mentor.username());
		assertThat(api.get("/api/v1/staff?role=PILOT").status()).isEqualTo(400);
	}

	@Test
	void refusesAnUnknownUnitNamingTheFieldAndStoresNothing() {
		var username = Fresh.name("x.");
		var request = newMember(username);
		request.put("unit", "6f1c2a54-0000-4000-8000-000000000000");

		var response = api.post("/api/v1/staff", request);

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.errorFields()).containsExactly("unit");
		assertThat(response.json().path("errors").get(0).path("message").asString()).isEqualTo("Enheden findes ikke");
		assertThat(stored(username)).isFalse();
	}

	@Test
	void refusesATakenUsernameNamingTheField() {
		var username = Fresh.name("dublet.");
		assertThat(api.post("/api/v1/staff", newMember(username)).status()).isEqualTo(201);

		var response = api.post("/api/v1/staff", newMember(username));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.errorFields()).containsExactly("username");
		assertThat(response.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Brugernavnet er allerede i brug");
	}

	@Test
	void refusesMissingRolesAndInvalidFieldsNamingEachAndStoresNothing() {
		var username = Fresh.name("y.");
		var request = newMember(username);
		request.remove("roles");
		request.put("email", "ikke-en-mail");
		request.put("password", "kort");

		var response = api.post("/api/v1/staff", request);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactlyInAnyOrder("roles", "email", "password");
		assertThat(response.body()).contains("Vælg mindst én rolle").contains("mindst 12");
		assertThat(stored(username)).isFalse();

		request.put("roles", List.of());
		assertThat(api.post("/api/v1/staff", request).errorFields()).contains("roles");
	}

	@Test
	void refusesAMalformedUsername() {
		var request = newMember("Store Bogstaver <b>");
		request.put("email", "store@aalborg.dk");

		var response = api.post("/api/v1/staff", request);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("username");
	}

	@Test
	void answersInEnglishWhenAskedTo() {
		var request = newMember(Fresh.name("z."));
		request.remove("roles");

		var response = api.inEnglish().post("/api/v1/staff", request);

		assertThat(response.json().path("errors").get(0).path("message").asString()).isEqualTo("Choose at least one role");
	}

	static Stream<Long> seeds() {
		return LongStreamSeeds.of(0x5EED_1DL, 12);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void refusesOverLongOrHostileNamesNamingTheFieldAndStoresNothing(long seed) {
		var random = new Random(seed);
		var name = HostileText.generate(random);
		var username = Fresh.name("h.");
		var request = newMember(username);
		request.put("name", name);

		var response = api.post("/api/v1/staff", request);

		assertThat(response.status()).as("seed %d, name %s: %s", seed, name, response).isEqualTo(400);
		assertThat(response.errorFields()).as("seed %d", seed).containsExactly("name");
		assertThat(stored(username)).as("seed %d", seed).isFalse();
	}

	@Test
	void changesDetailsFromTheVersionReadAndAnswersConflictForAnOldOne() {
		var person = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		var change = new LinkedHashMap<String, Object>(Map.of("name", "Ny Navnesen", "email", "ny@aalborg.dk", "unit",
				unit, "roles", List.of("TEAM_LEADER"), "version", 0));

		var response = api.put("/api/v1/staff/" + person.id(), change);

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("name").asString()).isEqualTo("Ny Navnesen");
		assertThat(response.json().path("roles").toString()).isEqualTo("[\"TEAM_LEADER\"]");
		assertThat(response.json().path("version").asInt()).isEqualTo(1);

		change.put("name", "Forældet");
		var conflict = api.put("/api/v1/staff/" + person.id(), change);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().path("title").asString()).isEqualTo("Ændringen kolliderer med en anden ændring");

		change.remove("version");
		assertThat(api.put("/api/v1/staff/" + person.id(), change).errorFields()).containsExactly("version");
		assertThat(api.get("/api/v1/staff/" + person.id()).json().path("name").asString()).isEqualTo("Ny Navnesen");
	}

	@Test
	void deactivatesAndReactivates() {
		var person = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		var theirApi = ApiClient.at(port).as(person);
		assertThat(theirApi.get("/api/v1/units").status()).isEqualTo(200);

		var deactivated = api.post("/api/v1/staff/" + person.id() + "/deactivate", null);

		assertThat(deactivated.json().path("active").asBoolean()).isFalse();
		assertThat(theirApi.get("/api/v1/units").status()).isEqualTo(401);

		assertThat(api.post("/api/v1/staff/" + person.id() + "/activate", null).json().path("active").asBoolean())
			.isTrue();
		assertThat(theirApi.get("/api/v1/units").status()).isEqualTo(200);
		assertThat(audit("staff/" + person.id())).containsExactly("system CREATE staff",
				admin.username() + " CHANGE staff:deactivated", admin.username() + " CHANGE staff:activated");
	}

	@Test
	void resetsThePassword() {
		var person = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);

		assertThat(api.post("/api/v1/staff/" + person.id() + "/password", Map.of("password", "for kort"))
			.errorFields()).containsExactly("password");
		var response = api.post("/api/v1/staff/" + person.id() + "/password", Map.of("password", "helt ny og lang"));

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(ApiClient.at(port).as(person).get("/api/v1/units").status()).isEqualTo(401);
		assertThat(ApiClient.at(port).as(person.username(), "helt ny og lang").get("/api/v1/units").status()).isEqualTo(200);
	}

	@Test
	void isForAdministratorsOfTheMunicipalityOnly() {
		var caseworker = fixtures.hire(fixtures.unit(municipality), Role.CASEWORKER);
		var foreigner = fixtures.hire(fixtures.unit(municipality + 1), Role.CASEWORKER);

		assertThat(ApiClient.at(port).get("/api/v1/staff").status()).isEqualTo(401);
		assertThat(ApiClient.at(port).as(caseworker).get("/api/v1/staff").status())
			.isEqualTo(403);
		assertThat(ApiClient.at(port).as(caseworker)
			.post("/api/v1/staff/" + caseworker.id() + "/deactivate", null)
			.status()).isEqualTo(403);
		assertThat(api.get("/api/v1/staff/" + foreigner.id()).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/staff/" + foreigner.id() + "/deactivate", null).status()).isEqualTo(404);
	}

	private Map<String, Object> newMember(String username) {
		var request = new LinkedHashMap<String, Object>();
		request.put("username", username);
		request.put("name", "Mette Sørensen");
		request.put("email", username + "@aalborg.dk");
		request.put("unit", unit);
		request.put("roles", List.of("MENTOR", "CASEWORKER"));
		request.put("password", "en lang adgangskode");
		return request;
	}

	private List<String> usernames(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		var usernames = new ArrayList<String>();
		response.json().forEach(member -> usernames.add(member.path("username").asString()));
		return usernames;
	}

	private boolean stored(String username) {
		return administration.accounts(municipality, null, null)
			.stream()
			.anyMatch(account -> account.member().username().equals(username));
	}

	private List<String> audit(String subject) {
		return new AuditTrail(auditLog).about(subject)
			.stream()
			.map(entry -> entry.actor() + " " + entry.action() + " " + entry.what())
			.toList();
	}

	/** Seeds for property-style tests: a fixed first seed, then seeds drawn from it. */
	static final class LongStreamSeeds {

		static Stream<Long> of(long first, int count) {
			var random = new Random(first);
			return IntStream.range(0, count).mapToObj(i -> i == 0 ? first : random.nextLong());
		}

	}

}
