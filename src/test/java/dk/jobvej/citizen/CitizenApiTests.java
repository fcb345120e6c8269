package dk.jobvej.citizen;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.ApiClient.Response;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The citizen API over real HTTP: the case, its changes, and bad input that leaves nothing behind. */
@JobvejIntegrationTest
class CitizenApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	JdbcClient jdbc;

	private final long seed = System.nanoTime();

	private final CprGenerator cprs = new CprGenerator(new Random(seed));

	private ApiClient api;

	private UnitId unit;

	private Staff caseworker;

	@BeforeEach
	void setUp() {
		api = ApiClient.at(port);
		var organisation = new TestOrganisation(administration);
		unit = organisation.unit("Job- og Aktivhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
	}

	@Test
	void registersACitizenAndShowsTheCaseWithTheCprMasked() {
		var cpr = cprs.adult(LocalDate.now());

		var created = api.as(caseworker).post("/api/v1/citizens", citizen(cpr.formatted(), "Mette", "Sørensen"));

		assertThat(created.status()).as("seed %d: %s", seed, created).isEqualTo(201);
		var id = created.json().path("id").asString();
		var read = api.as(caseworker).get("/api/v1/citizens/" + id);
		assertThat(read.status()).isEqualTo(200);
		var json = read.json();
		assertThat(json.path("maskedCpr").asString()).isEqualTo(cpr.masked());
		assertThat(read.body()).doesNotContain(cpr.value()).doesNotContain(cpr.formatted());
		assertThat(json.path("givenName").asString()).isEqualTo("Mette");
		assertThat(json.path("birthDate").asString()).isEqualTo(cpr.birthDate().toString());
		assertThat(json.path("age").asInt()).isEqualTo(cpr.ageOn(LocalDate.now()));
		assertThat(json.path("unit").asString()).isEqualTo(unit.toString());
		assertThat(json.path("primaryContact").asString()).isEqualTo(caseworker.id().toString());
		assertThat(json.path("cprPassesModulus11").asBoolean()).isTrue();
	}

	@Test
	void acceptsANumberFailingModulus11WithAWarning() {
		var cpr = cprs.failingModulus11(LocalDate.of(2010, 1, 1));

		var created = api.as(caseworker).post("/api/v1/citizens", citizen(cpr, "Ny", "Borger"));

		assertThat(created.status()).as("seed %d: %s", seed, created).isEqualTo(201);
		assertThat(created.json().path("cprPassesModulus11").asBoolean()).isFalse();
	}

	@Test
	void revealsTheFullCprNumberOnRequest() {
		var cpr = cprs.adult(LocalDate.now());
		var id = register(cpr.value(), "Ib", "Jensen");

		var revealed = api.as(caseworker).post("/api/v1/citizens/" + id + "/cpr-reveal", Map.of());

		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.json().path("cpr").asString()).isEqualTo(cpr.formatted());
	}

	@Test
	void benefitPeriodsAndTheVisitationCategoryDecideTheTargetGroup() {
		var id = register(cprs.adult(LocalDate.now()).value(), "Ole", "Hansen");
		var period = api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", "2025-01-01"));
		assertThat(period.status()).as(period.toString()).isEqualTo(201);

		var visitation = api.as(caseworker).post("/api/v1/citizens/" + id + "/visitation",
				Map.of("category", "JOBPARAT", "reason", "Kan tage job nu"));

		assertThat(visitation.status()).as(visitation.toString()).isEqualTo(204);
		var json = api.as(caseworker).get("/api/v1/citizens/" + id).json();
		assertThat(json.path("currentBenefit").asString()).isEqualTo("KONTANTHJAELP");
		assertThat(json.path("visitationCategory").asString()).isEqualTo("JOBPARAT");
		assertThat(json.path("targetGroup").asString()).isEqualTo("LAB_6_2");
		var decision = json.path("visitationHistory").get(0);
		assertThat(decision.path("reason").asString()).isEqualTo("Kan tage job nu");
		assertThat(decision.path("decidedByName").asString()).isEqualTo("Medarbejder " + caseworker.username());

		var periodId = period.json().path("id").asString();
		var ended = api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods/" + periodId + "/end",
				Map.of("to", "2025-12-31"));
		assertThat(ended.status()).as(ended.toString()).isEqualTo(204);
		var after = api.as(caseworker).get("/api/v1/citizens/" + id).json();
		assertThat(after.path("benefitPeriods").get(0).path("to").asString()).isEqualTo("2025-12-31");
		assertThat(after.path("targetGroup").isMissingNode()).as("no current benefit, no target group").isTrue();
	}

	@Test
	void journalNotesAreListedNewestFirstWithTheirAuthor() {
		var id = register(cprs.adult(LocalDate.now()).value(), "Lis", "Holm");
		assertThat(api.as(caseworker).post("/api/v1/citizens/" + id + "/journal", Map.of("text", "Første notat")).status())
			.isEqualTo(201);
		assertThat(api.as(caseworker).post("/api/v1/citizens/" + id + "/journal", Map.of("text", "Andet notat\nlinje 2"))
			.status()).isEqualTo(201);

		var notes = api.as(caseworker).get("/api/v1/citizens/" + id + "/journal").json();

		assertThat(notes.size()).isEqualTo(2);
		assertThat(notes.get(0).path("text").asString()).isEqualTo("Andet notat\nlinje 2");
		assertThat(notes.get(0).path("authorName").asString()).isEqualTo("Medarbejder " + caseworker.username());
	}

	@Test
	void findsCitizensByCprWithOrWithoutDashAndByPartOfTheName() {
		var family = Fresh.name("Ærtebjerg");
		var cpr = cprs.adult(LocalDate.now());
		var id = register(cpr.value(), "Søren", family);

		var byCpr = api.as(caseworker).post("/api/v1/citizens/search", Map.of("cpr", cpr.formatted()));
		var byPlainCpr = api.as(caseworker).post("/api/v1/citizens/search", Map.of("cpr", cpr.value()));
		var byName = api.as(caseworker).post("/api/v1/citizens/search", Map.of("name", "søren " + family.toUpperCase()));
		var mine = api.as(caseworker).get("/api/v1/citizens/mine");

		assertThat(byCpr.json().get(0).path("id").asString()).isEqualTo(id);
		assertThat(byPlainCpr.json().size()).isEqualTo(1);
		assertThat(byName.json().get(0).path("maskedCpr").asString()).isEqualTo(cpr.masked());
		assertThat(byName.body()).doesNotContain(cpr.value());
		assertThat(mine.body()).contains(id);
	}

	@Test
	void anInvalidCprIsRefusedNamingTheFieldAndNothingIsStored() {
		var family = Fresh.name("Ugyldig");

		var refused = api.as(caseworker).post("/api/v1/citizens", citizen("3102901234", "Ida", family));

		assertProblem(refused, 422, "cpr");
		assertThat(refused.body()).contains("gyldig fødselsdato").doesNotContain("3102901234");
		assertNoCitizenNamed(family);
	}

	@Test
	void anUnknownUnitIsRefusedNamingTheField() {
		var family = Fresh.name("Enhedsløs");
		var body = citizen(cprs.adult(LocalDate.now()).value(), "Bo", family);
		body.put("unit", UUID.randomUUID().toString());

		assertProblem(api.as(caseworker).post("/api/v1/citizens", body), 422, "unit");
		assertNoCitizenNamed(family);
	}

	@Test
	void anUnknownPrimaryContactIsRefusedNamingTheField() {
		var family = Fresh.name("Kontaktløs");
		var body = citizen(cprs.adult(LocalDate.now()).value(), "Bo", family);
		body.put("primaryContact", UUID.randomUUID().toString());

		assertProblem(api.as(caseworker).post("/api/v1/citizens", body), 422, "primaryContact");
		assertNoCitizenNamed(family);
	}

	@Test
	void aDuplicateCprIsRefused() {
		var cpr = cprs.adult(LocalDate.now()).value();
		register(cpr, "Første", "Udgave");

		assertProblem(api.as(caseworker).post("/api/v1/citizens", citizen(cpr, "Anden", "Udgave")), 422, "cpr");
	}

	@Test
	void anOverlappingBenefitPeriodIsRefusedNamingTheClashingPeriod() {
		var id = register(cprs.adult(LocalDate.now()).value(), "Per", "Berg");
		api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods",
				Map.of("type", "A_DAGPENGE", "from", "2025-01-01", "to", "2025-06-30"));

		var refused = api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", "2025-06-01"));

		assertProblem(refused, 422, "from");
		assertThat(refused.body()).contains("A-dagpenge fra 2025-01-01 til 2025-06-30");
		assertThat(api.as(caseworker).get("/api/v1/citizens/" + id).json().path("benefitPeriods").size()).isEqualTo(1);
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefused() {
		var id = register(cprs.adult(LocalDate.now()).value(), "Per", "Bagvendt");

		assertProblem(api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", "2025-06-01", "to", "2025-05-31")), 422, "to");
	}

	@Test
	void aVisitationChangeWithoutAReasonIsRefusedAndTheHistoryIsUnchanged() {
		var id = register(cprs.adult(LocalDate.now()).value(), "Eva", "Lund");
		api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", "2025-01-01"));

		assertProblem(api.as(caseworker).post("/api/v1/citizens/" + id + "/visitation",
				Map.of("category", "JOBPARAT", "reason", " ")), 400, "reason");
		assertThat(api.as(caseworker).get("/api/v1/citizens/" + id).json().path("visitationHistory").size()).isZero();
	}

	@Test
	void aCategoryTheBenefitDoesNotAllowIsRefusedNamingTheField() {
		var id = register(cprs.adult(LocalDate.now()).value(), "Eva", "Syg");
		api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", "2025-01-01"));

		var refused = api.as(caseworker).post("/api/v1/citizens/" + id + "/visitation",
				Map.of("category", "SYGEDAGPENGE_KATEGORI_1", "reason", "Sygemeldt"));

		assertProblem(refused, 422, "category");
		assertThat(refused.body()).contains("Sygedagpenge, kategori 1 kan ikke vælges");
	}

	@Test
	void aChangeBasedOnAnOldVersionIsAConflict() {
		var id = register(cprs.adult(LocalDate.now()).value(), "Kim", "Konflikt");
		var version = api.as(caseworker).get("/api/v1/citizens/" + id).json().path("version").asInt();
		api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", "2025-01-01", "version", version));

		var stale = api.as(caseworker).post("/api/v1/citizens/" + id + "/visitation",
				Map.of("category", "JOBPARAT", "reason", "Jobparat", "version", version));

		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
		assertThat(api.as(caseworker).get("/api/v1/citizens/" + id).json().path("visitationHistory").size()).isZero();
	}

	@Test
	void overLongTextIsRefusedNamingTheField() {
		var family = Fresh.name("Lang");
		assertProblem(api.as(caseworker).post("/api/v1/citizens",
				citizen(cprs.adult(LocalDate.now()).value(), "x".repeat(101), family)), 400, "givenName");
		assertNoCitizenNamed(family);

		var id = register(cprs.adult(LocalDate.now()).value(), "Kort", "Navn");
		assertProblem(api.as(caseworker).post("/api/v1/citizens/" + id + "/journal", Map.of("text", "x".repeat(4001))),
				400, "text");
		assertThat(api.as(caseworker).get("/api/v1/citizens/" + id + "/journal").json().size()).isZero();
	}

	@Test
	void controlCharactersAreRefusedNamingTheField() {
		var family = Fresh.name("Styre");
		assertProblem(api.as(caseworker).post("/api/v1/citizens",
				citizen(cprs.adult(LocalDate.now()).value(), "Bo\u0000by", family)), 400, "givenName");
		assertNoCitizenNamed(family);

		var id = register(cprs.adult(LocalDate.now()).value(), "Ren", "Tekst");
		assertProblem(api.as(caseworker).post("/api/v1/citizens/" + id + "/journal",
				Map.of("text", "Ryd skærmen \u001b[2J")), 400, "text");
		assertProblem(api.as(caseworker).post("/api/v1/citizens/" + id + "/journal",
				Map.of("text", "Omvendt \u202Etekst")), 400, "text");
		assertThat(api.as(caseworker).get("/api/v1/citizens/" + id + "/journal").json().size()).isZero();
	}

	@Test
	void htmlIsKeptAsPlainText() {
		var id = register(cprs.adult(LocalDate.now()).value(), "Html", "Tekst");
		var script = "<script>alert('x')</script> & <b>fed</b>";

		assertThat(api.as(caseworker).post("/api/v1/citizens/" + id + "/journal", Map.of("text", script)).status())
			.isEqualTo(201);

		assertThat(api.as(caseworker).get("/api/v1/citizens/" + id + "/journal").json().get(0).path("text").asString())
			.isEqualTo(script);
	}

	@Test
	void malformedIdsAreRefusedNamingTheParameter() {
		assertProblem(api.as(caseworker).get("/api/v1/citizens/not-a-uuid"), 400, "id");
	}

	private String register(String cpr, String givenName, String familyName) {
		var created = api.as(caseworker).post("/api/v1/citizens", citizen(cpr, givenName, familyName));
		assertThat(created.status()).as("seed %d: %s", seed, created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private Map<String, Object> citizen(String cpr, String givenName, String familyName) {
		var body = new java.util.HashMap<String, Object>();
		body.put("cpr", cpr);
		body.put("givenName", givenName);
		body.put("familyName", familyName);
		body.put("street", "Boulevarden 13");
		body.put("postcode", "9000");
		body.put("city", "Aalborg");
		body.put("unit", unit.toString());
		return body;
	}


	private void assertNoCitizenNamed(String familyName) {
		assertThat(jdbc.sql("select count(*) from citizen.citizen where family_name = ?")
			.param(familyName)
			.query(Long.class)
			.single()).isZero();
	}

	private void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as("seed %d: %s", seed, response).isEqualTo(status);
		assertThat(response.errorFields()).as(response.toString()).contains(field);
	}

}
