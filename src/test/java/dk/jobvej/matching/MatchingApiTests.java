package dk.jobvej.matching;

import java.time.Instant;
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
import dk.jobvej.employer.Cvr;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.PageClient;
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
 * Matching over real HTTP: ranked candidates with their reasons, jobs for a citizen through
 * need-to-know, the match pipeline, the candidate bank with untrusted input, and what the company
 * sees in the employer portal (anonymised until the citizen consents on Min side, and only for its
 * own vacancies). Every read of a citizen is in the audit trail.
 */
@JobvejIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingApiTests {

	private static final long SEED = System.nanoTime();

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	CandidateIndex index;

	@Autowired
	AuditLog auditLog;

	private Staff consultant;

	private ApiClient api;

	private UUID company;

	private UUID vacancy;

	private TestCitizens.Builder citizen;

	private CitizenId citizenId;

	@BeforeAll
	void setUp() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Rekrutteringsenheden");
		consultant = organisation.hire(unit, Role.COMPANY_CONSULTANT);
		api = ApiClient.at(port).as(consultant);
		company = UUID.fromString(api.post("/api/v1/companies", Map.of("cvr", cvr(), "name", "Match ApS", "branch",
				"04", "size", "MEDIUM", "street", "Hobrovej 1", "postcode", "9200", "city", "Aalborg SV"))
			.json()
			.path("id")
			.asString());
		vacancy = UUID.fromString(api.post("/api/v1/companies/" + company + "/vacancies",
				Map.of("occupation", "8344", "title", "Truckfører", "description", "Truck og lager, gaffeltruck",
						"hoursPerWeek", 37, "postcode", "9200", "city", "Aalborg SV"))
			.json()
			.path("id")
			.asString());
	}

	/** Every test its own citizen with a candidate profile for the vacancy. */
	@org.junit.jupiter.api.BeforeEach
	void newCandidate() {
		citizen = new TestCitizens(imports).in(consultant)
			.contact(consultant)
			.benefit(KONTANTHJAELP, LocalDate.now().minusMonths(4), null);
		citizenId = citizen.make();
		index.put(new CandidateProfile(citizenId, 851, List.of(new OccupationCode("8344")),
				List.of(new CandidateProfile.Experience(new OccupationCode("9333"), "Lagerarbejder", 36)),
				List.of("Gaffeltruck", "lager"), 3, List.of("Truckcertifikat B"), 37, 25, "9000", Readiness.JOB_READY,
				Instant.now()));
	}

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
	void candidatesForAVacancyComeRankedWithTheirReasonsAndAreAudited() {
		var answer = api.get("/api/v1/matching/vacancies/" + vacancy + "/candidates?limit=100");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().size()).isLessThanOrEqualTo(100);
		tools.jackson.databind.JsonNode first = null;
		for (var suggestion : answer.json()) {
			if (suggestion.path("citizen").path("value").asString().equals(citizenId.toString())) {
				first = suggestion;
			}
		}
		assertThat(first).as("the citizen is among the candidates: %s", answer).isNotNull();
		assertThat(first.path("score").asDouble()).isGreaterThan(0.8);
		assertThat(first.toString()).contains("matching.reason.goal.SAME", "Truckfører", "matching.reason.skills",
				"gaffeltruck", "matching.reason.distanceLimit", "matching.reason.hours");
		assertThat(first.path("distanceKm").asInt()).isBetween(1, 10);
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizenId))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("matching-candidates"));
		assertThat(api.get("/api/v1/matching/vacancies/" + vacancy + "/candidates?limit=0").errorFields())
			.containsExactly("limit");
	}

	@Test
	void jobsForACitizenAreOpenedThroughNeedToKnow() {
		var jobs = api.get("/api/v1/matching/citizens/" + citizenId + "/vacancies");
		var organisation = new TestOrganisation(administration);
		var stranger = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);
		var refused = ApiClient.at(port).as(stranger).get("/api/v1/matching/citizens/" + citizenId + "/vacancies");

		assertThat(jobs.status()).isEqualTo(200);
		assertThat(jobs.body()).contains(vacancy.toString());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizenId))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("job-suggestions"));
	}

	@Test
	void aMatchMovesThroughThePipelineAndKeepsItsSteps() {
		var proposed = api.post("/api/v1/matching/matches", Map.of("vacancy", vacancy.toString(), "citizen", citizenId.toString()));
		var match = proposed.json().path("id").asString();
		var again = api.post("/api/v1/matching/matches", Map.of("vacancy", vacancy.toString(), "citizen", citizenId.toString()));
		var skip = api.post("/api/v1/matching/matches/" + match + "/status", Map.of("status", "HIRED"));
		var presented = api.post("/api/v1/matching/matches/" + match + "/status", Map.of("status", "PRESENTED"));
		var noReason = api.post("/api/v1/matching/matches/" + match + "/status", Map.of("status", "REJECTED"));
		var rejected = api.post("/api/v1/matching/matches/" + match + "/status",
				Map.of("status", "REJECTED", "reason", "Valgte en kandidat med mere erfaring"));

		assertThat(proposed.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(422);
		assertThat(skip.status()).as("proposed cannot jump to hired").isEqualTo(422);
		assertThat(presented.status()).isEqualTo(204);
		assertThat(noReason.errorFields()).containsExactly("reason");
		assertThat(noReason.body()).contains("Skriv hvorfor");
		assertThat(rejected.status()).isEqualTo(204);
		var view = api.get("/api/v1/matching/matches/" + match).json();
		assertThat(view.path("status").asString()).isEqualTo("REJECTED");
		assertThat(view.path("steps")).hasSize(3);
		assertThat(view.path("score").asDouble()).isGreaterThan(0.5);
		assertThat(view.path("explanation").asString()).contains("matching.reason.goal.SAME");
	}

	@Test
	void theCompanySeesPresentedCandidatesAnonymouslyUntilTheCitizenConsents() {
		var match = api.post("/api/v1/matching/matches", Map.of("vacancy", vacancy.toString(), "citizen", citizenId.toString()))
			.json()
			.path("id")
			.asString();
		var email = "match-" + UUID.randomUUID() + "@example.dk";
		api.post("/api/v1/companies/" + company + "/portal-users",
				Map.of("name", "Mads Match", "email", email, "password", "match-password-1"));
		var employer = PageClient.at(port);
		employer.get("/virksomhedsportal/login");
		employer.post("/virksomhedsportal/login", Map.of("username", email, "password", "match-password-1"));
		var page = "/virksomhedsportal/stillinger/" + vacancy + "/kandidater";

		assertThat(employer.get(page).body()).as("proposed is not yet presented").contains("ikke præsenteret kandidater");
		api.post("/api/v1/matching/matches/" + match + "/status", Map.of("status", "PRESENTED"));
		var anonymous = employer.get(page).body();
		assertThat(anonymous).contains("Kandidat " + match.substring(0, 8).toUpperCase(), "Truckfører")
			.doesNotContain(citizen.familyName());

		var self = PageClient.at(port);
		self.loginAsCitizen(citizen.cpr());
		assertThat(self.get("/min-side/kandidatbank").body()).contains("Du har ikke givet samtykke");
		self.post("/min-side/kandidatbank", Map.of("consent", "ja"));
		assertThat(self.get("/min-side/kandidatbank").body()).contains("Du har givet samtykke");

		assertThat(employer.get(page).body()).contains("Test " + citizen.familyName());
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizenId))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("candidate-name-to-company"))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("candidate-consent"));

		self.post("/min-side/kandidatbank", Map.of("consent", "nej"));
		assertThat(employer.get(page).body()).doesNotContain(citizen.familyName());
	}

	@Test
	void aCompanySeesNoOtherCompanysCandidates() {
		var email = "other-" + UUID.randomUUID() + "@example.dk";
		var other = api.post("/api/v1/companies", Map.of("cvr", cvr(), "name", "Anden ApS", "branch", "04", "size",
				"SMALL", "street", "Vej 2", "postcode", "9000", "city", "Aalborg"))
			.json()
			.path("id")
			.asString();
		api.post("/api/v1/companies/" + other + "/portal-users",
				Map.of("name", "Anna Anden", "email", email, "password", "anden-password-1"));
		var employer = PageClient.at(port);
		employer.get("/virksomhedsportal/login");
		employer.post("/virksomhedsportal/login", Map.of("username", email, "password", "anden-password-1"));

		assertThat(employer.get("/virksomhedsportal/stillinger/" + vacancy + "/kandidater").status()).isEqualTo(404);
	}

	Stream<String> untrustedTexts() {
		var random = new Random(SEED);
		return IntStream.range(0, 25).mapToObj(i -> UntrustedText.generate(random));
	}

	@ParameterizedTest
	@MethodSource("untrustedTexts")
	void theCandidateBankTakesAnyTextSafely(String text) {
		var answer = api.post("/api/v1/matching/candidate-search", Map.of("text", text));

		assertThat(answer.status()).as("seed %d: %s", SEED, text.length() > 60 ? text.substring(0, 60) : text).isIn(200, 400);
		if (answer.status() == 400) {
			assertThat(answer.errorFields()).containsExactly("text");
		}
	}

	@Test
	void theCandidateBankFindsByOccupationSkillsAndDistanceWithoutNames() {
		var found = api.post("/api/v1/matching/candidate-search",
				Map.of("occupation", "8344", "text", "gaffeltrucks", "postcode", "9000", "maxKm", 5));
		var tooFar = api.post("/api/v1/matching/candidate-search",
				Map.of("occupation", "8344", "postcode", "9370", "maxKm", 5));
		var badInput = api.post("/api/v1/matching/candidate-search", Map.of("occupation", "<b>", "maxKm", 0));

		assertThat(found.body()).contains(citizenId.toString(), "Truckfører").doesNotContain(citizen.familyName());
		assertThat(tooFar.body()).doesNotContain(citizenId.toString());
		assertThat(badInput.status()).isEqualTo(400);
		assertThat(badInput.errorFields()).containsExactlyInAnyOrder("occupation", "maxKm");
	}

}
