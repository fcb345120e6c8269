package dk.jobvej.employer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;
import dk.jobvej.testing.UntrustedText;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employer API over real HTTP: companies by CVR with P-numbers, contacts and visits;
 * vacancies, small tasks and job carving; placements with their events and the follow-up after
 * hiring; and bad input answered with problem details naming the field, in Danish.
 */
@JobvejIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerApiTests {

	private static final long SEED = System.nanoTime();

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	AuditLog auditLog;

	@Autowired
	PlacementEvents events;

	@Autowired
	Clock clock;

	private final Random random = new Random(SEED);

	private Staff consultant;

	private Staff caseworker;

	private ApiClient api;

	@BeforeAll
	void setUp() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Rekrutteringsenheden");
		consultant = organisation.hire(unit, Role.COMPANY_CONSULTANT);
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		api = ApiClient.at(port).as(consultant);
	}

	String cvr() {
		while (true) {
			var seven = String.format("%07d", 1_000_000 + random.nextInt(9_000_000));
			var check = Cvr.checkDigit(seven);
			if (check >= 0) {
				return seven + check;
			}
		}
	}

	Map<String, Object> company(String cvr, String name) {
		return Map.of("cvr", cvr, "name", name, "branch", "04", "size", "MEDIUM", "street", "Hobrovej 10", "postcode",
				"9000", "city", "Aalborg");
	}

	UUID register(String name) {
		var created = api.post("/api/v1/companies", company(cvr(), name));
		assertThat(created.status()).as("seed %d: %s", SEED, created).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	Map<String, Object> job(String occupation, int hours, String kind) {
		return Map.of("occupation", occupation, "title", "Lagermedarbejder", "description", "Pluk, pak og truck",
				"hoursPerWeek", hours, "postcode", "9200", "city", "Aalborg SV", "kind", kind);
	}

	@Test
	void aConsultantRegistersACompanyWithWorkplacesContactsAndVisits() {
		var cvr = cvr();
		var created = api.post("/api/v1/companies", company(cvr, "Nordlager A/S"));
		var id = created.json().path("id").asString();

		assertThat(created.status()).isEqualTo(201);
		assertThat(api.post("/api/v1/companies/" + id + "/workplaces", Map.of("pNumber", "1012345678", "name",
				"Nordlager Lager Øst", "street", "Øster Uttrupvej 1", "postcode", "9220", "city", "Aalborg Ø"))
			.status()).isEqualTo(204);
		assertThat(api.post("/api/v1/companies/" + id + "/contacts",
				Map.of("name", "Hanne Holm", "title", "HR-chef", "email", "hh@nordlager.dk", "phone", "98 12 34 56"))
			.status()).isEqualTo(204);
		assertThat(api.post("/api/v1/companies/" + id + "/visits", Map.of("visitedOn", LocalDate.now(clock).toString(),
				"purpose", "REKRUTTERING", "outcome", "VACANCY_RECEIVED", "note", "Mangler 3 lagerfolk"))
			.status()).isEqualTo(201);

		var company = api.get("/api/v1/companies/" + id).json();
		assertThat(company.path("cvr").asString()).isEqualTo(cvr);
		assertThat(company.path("consultantName").asString()).isEqualTo("Medarbejder " + consultant.username());
		assertThat(company.path("workplaces").get(0).path("pNumber").asString()).isEqualTo("1012345678");
		assertThat(company.path("contacts").get(0).path("email").asString()).isEqualTo("hh@nordlager.dk");
		assertThat(company.path("visits").get(0).path("purpose").asString()).isEqualTo("REKRUTTERING");
		assertThat(api.get("/api/v1/companies").body()).as("the consultant's own companies").contains(id);
		assertThat(api.get("/api/v1/companies?q=" + cvr).body()).contains("Nordlager A/S");
		assertThat(api.get("/api/v1/companies?q=nordlagr").body()).as("misspelt").contains(id);
	}

	@Test
	void aCvrNumberMustPassModulus11AndBeNew() {
		var invalid = api.post("/api/v1/companies", company("12345678", "Forkert ApS"));
		var cvr = cvr();
		register("Først ApS");
		var again = api.post("/api/v1/companies", company(cvr, "Dublet ApS"));
		var duplicate = api.post("/api/v1/companies", company(cvr, "Dublet ApS"));

		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.errorFields()).containsExactly("cvr");
		assertThat(invalid.body()).contains("modulus 11");
		assertThat(again.status()).isEqualTo(201);
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.body()).contains("allerede registreret");
	}

	@Test
	void badInputIsNamedByFieldInDanishAndInEnglishOnRequest() {
		var empty = api.post("/api/v1/companies", Map.of());
		var badPostcode = api.post("/api/v1/companies", Map.of("cvr", cvr(), "name", "X", "branch", "11", "size",
				"SMALL", "street", "Vej 1", "postcode", "90000", "city", "Aalborg"));
		var id = register("Felt ApS");
		var badPNumber = api.post("/api/v1/companies/" + id + "/workplaces",
				Map.of("pNumber", "12", "name", "X", "street", "Vej", "postcode", "9000", "city", "Aalborg"));
		var futureVisit = api.post("/api/v1/companies/" + id + "/visits", Map.of("visitedOn",
				LocalDate.now(clock).plusDays(3).toString(), "purpose", "OPSOEGENDE", "outcome", "NO_NEED"));
		var notJson = api.post("/api/v1/companies", "{\"cvr\": ");
		var english = ApiClient.at(port).as(consultant).inEnglish().post("/api/v1/companies", Map.of());

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.errorFields()).contains("cvr", "name", "branch", "size", "street", "postcode", "city");
		assertThat(empty.body()).contains("skal udfyldes");
		assertThat(badPostcode.errorFields()).containsExactlyInAnyOrder("branch", "postcode");
		assertThat(badPostcode.body()).contains("Postnummeret skal være 4 cifre");
		assertThat(badPNumber.errorFields()).containsExactly("pNumber");
		assertThat(futureVisit.status()).isEqualTo(422);
		assertThat(futureVisit.errorFields()).containsExactly("visitedOn");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(english.body()).contains("is required");
	}

	@Test
	void vacanciesSmallTasksAndJobCarving() {
		var company = register("Carving ApS");
		var job = api.post("/api/v1/companies/" + company + "/vacancies", job("9333", 37, "JOB"));
		var tooSmall = api.post("/api/v1/companies/" + company + "/vacancies", job("9622", 4, "SMALL_TASK"));
		var small = api.post("/api/v1/companies/" + company + "/vacancies", job("9622", 5, "SMALL_TASK"));
		var unknownOccupation = api.post("/api/v1/companies/" + company + "/vacancies", job("0000", 20, "JOB"));
		var jobId = job.json().path("id").asString();

		var carved = api.post("/api/v1/vacancies/" + jobId + "/tasks", Map.of("tasks",
				List.of(Map.of("occupation", "9321", "title", "Pakning", "description", "Pakke ordrer", "hoursPerWeek",
						15), Map.of("occupation", "8344", "title", "Truckkørsel", "description", "Flytte paller",
								"hoursPerWeek", 10))));
		var tooLong = api.post("/api/v1/vacancies/" + jobId + "/tasks", Map.of("tasks", List.of(Map.of("occupation",
				"9321", "title", "Alt", "description", "Det hele", "hoursPerWeek", 40))));
		var carveATask = api.post("/api/v1/vacancies/" + carved.json().path("ids").get(0).asString() + "/tasks",
				Map.of("tasks", List.of(Map.of("occupation", "9321", "title", "Del", "description", "Del",
						"hoursPerWeek", 5))));

		assertThat(job.status()).isEqualTo(201);
		assertThat(tooSmall.status()).isEqualTo(422);
		assertThat(tooSmall.errorFields()).containsExactly("hoursPerWeek");
		assertThat(tooSmall.body()).contains("mindst 5 timer om ugen");
		assertThat(small.status()).isEqualTo(201);
		assertThat(unknownOccupation.errorFields()).containsExactly("occupation");
		assertThat(carved.status()).isEqualTo(201);
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(carveATask.status()).isEqualTo(422);
		var view = api.get("/api/v1/vacancies/" + jobId).json();
		assertThat(view.path("tasks")).hasSize(2);
		assertThat(view.path("tasks").get(0).path("kind").asString()).isEqualTo("TASK");
		assertThat(view.path("tasks").get(0).path("parent").path("value").asString()).isEqualTo(jobId);

		assertThat(api.post("/api/v1/vacancies/" + jobId + "/close", Map.of("status", "FILLED")).status())
			.isEqualTo(204);
		var closed = api.get("/api/v1/vacancies/" + jobId).json();
		assertThat(closed.path("vacancy").path("status").asString()).isEqualTo("FILLED");
		assertThat(closed.path("tasks").get(1).path("status").asString()).as("the tasks go with the job").isEqualTo("FILLED");
		assertThat(api.post("/api/v1/vacancies/" + jobId + "/close", Map.of("status", "CLOSED")).status())
			.as("only an open vacancy closes")
			.isEqualTo(422);
	}

	@Test
	void caseworkersReadCompaniesButOnlyConsultantsChangeThem() {
		var company = register("Læse ApS");
		var asCaseworker = ApiClient.at(port).as(caseworker);

		assertThat(asCaseworker.get("/api/v1/companies/" + company).status()).isEqualTo(200);
		assertThat(asCaseworker.post("/api/v1/companies/" + company + "/vacancies", job("9333", 37, "JOB")).status())
			.isEqualTo(403);
		assertThat(asCaseworker.post("/api/v1/companies", company(cvr(), "Nej ApS")).status()).isEqualTo(403);
	}

	@Test
	void aPlacementOpensTheCitizenPublishesItsEventsAndIsFollowedUpAfterHiring() {
		var company = register("Ansætter ApS");
		var citizen = new TestCitizens(imports).in(consultant)
			.contact(caseworker)
			.benefit(KONTANTHJAELP, LocalDate.now(clock).minusMonths(5), null)
			.make();
		var vacancy = api.post("/api/v1/companies/" + company + "/vacancies", job("9333", 37, "JOB"))
			.json()
			.path("id")
			.asString();
		var from = LocalDate.now(clock).minusWeeks(3);

		var hired = api.post("/api/v1/placements", Map.of("citizen", citizen.toString(), "company", company.toString(),
				"vacancy", vacancy, "type", "ORDINAERT_JOB", "from", from.toString(), "hoursPerWeek", 37));
		var placement = hired.json().path("id").asString();

		assertThat(hired.status()).as("seed %d: %s", SEED, hired).isEqualTo(201);
		assertThat(events.published).contains(new PlacementStarted(PlacementId.of(placement), citizen,
				Cvr.tryParse(api.get("/api/v1/companies/" + company).json().path("cvr").asString()).orElseThrow(),
				PlacementType.ORDINAERT_JOB, from, null, 37, 851));
		assertThat(api.get("/api/v1/vacancies/" + vacancy).json().path("vacancy").path("status").asString())
			.as("hiring fills the vacancy")
			.isEqualTo("FILLED");
		var view = api.get("/api/v1/placements/" + placement).json();
		assertThat(view.path("citizenName").asString()).startsWith("Test Borger");
		assertThat(view.path("followUps")).as("2, 6 and 13 weeks").hasSize(3);
		assertThat(view.path("followUps").get(0).path("dueOn").asString()).isEqualTo(from.plusWeeks(2).toString());
		assertThat(api.get("/api/v1/follow-ups/due").body()).as("the first follow-up is due").contains(placement);

		assertThat(api.post("/api/v1/placements/" + placement + "/follow-ups",
				Map.of("position", 0, "outcome", "NEEDS_SUPPORT", "note", "Mentor aftalt")).status()).isEqualTo(204);
		assertThat(api.post("/api/v1/placements/" + placement + "/follow-ups",
				Map.of("position", 0, "outcome", "CONTINUES")).status()).as("recorded once").isEqualTo(422);
		assertThat(api.post("/api/v1/placements/" + placement + "/end",
				Map.of("to", from.minusDays(1).toString(), "reason", "STOPPED_EARLY")).errorFields()).containsExactly("to");
		assertThat(api.post("/api/v1/placements/" + placement + "/end",
				Map.of("to", LocalDate.now(clock).toString(), "reason", "STOPPED_EARLY")).status()).isEqualTo(204);
		assertThat(events.published).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(PlacementEnded.class,
				ended -> assertThat(ended.placement().toString()).isEqualTo(placement)));
		var reads = new AuditTrail(auditLog).about("citizen/" + citizen);
		assertThat(reads).extracting(entry -> entry.what()).contains("placement", "follow-up", "placement-end");
		assertThat(reads).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(consultant.username()));
	}

	@Test
	void aCitizenOutsideTheConsultantsUnitNeedsAStatedReason() {
		var organisation = new TestOrganisation(administration);
		var other = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);
		CitizenId citizen = new TestCitizens(imports).in(other).contact(other).make();
		var company = register("Fremmed ApS");

		var refused = api.post("/api/v1/placements", Map.of("citizen", citizen.toString(), "company",
				company.toString(), "type", "VIRKSOMHEDSPRAKTIK", "from", LocalDate.now(clock).toString(),
				"hoursPerWeek", 20));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("/api/v1/citizens/" + citizen + "/access");
	}

	Stream<String> untrustedTexts() {
		var texts = new Random(SEED);
		return IntStream.range(0, 25).mapToObj(i -> UntrustedText.generate(texts));
	}

	@ParameterizedTest
	@MethodSource("untrustedTexts")
	void anyCompanySearchTextIsAnsweredSafely(String text) {
		var query = URLEncoder.encode(text.length() > 200 ? text.substring(0, 200) : text, StandardCharsets.UTF_8);
		var answer = api.get("/api/v1/companies?q=" + query);

		assertThat(answer.status()).as("seed %d: %s", SEED, text).isIn(200, 400);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("json");
	}

	@Test
	void theLeadersSeeTheTargetsOfTheEmploymentPlan() {
		var organisation = new TestOrganisation(administration);
		var leader = organisation.hire(organisation.unit("Ledelsen"), Role.TEAM_LEADER);

		var targets = ApiClient.at(port).as(leader).get("/api/v1/employer-targets?year=2024").json();

		assertThat(targets.toString()).contains("ORDINARY_JOBS_FILLED", "INTERNSHIPS_AND_WAGE_SUBSIDY",
				"ORDINARY_HOURS", "ADULT_APPRENTICESHIPS", "FLEXJOBS");
		assertThat(targets.toString()).contains("\"amount\":1650", "\"amount\":613", "\"amount\":118",
				"\"amount\":50");
		assertThat(ApiClient.at(port).as(consultant).get("/api/v1/employer-targets").status()).isEqualTo(403);
	}

}
