package dk.jobvej.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.Cvr;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.matching.internal.Matcher;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.SignedIn;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labelled evaluation set: synthetic vacancies and candidates whose right matches are known,
 * and the ranking's precision@10 and recall@10 both ways. A candidate is a right match for a
 * vacancy when the vacancy's occupation is one of their job goals or they have at least 12 months
 * of experience in it, the workplace is within their commuting limit, and they want at least 80 %
 * of the job's hours. Around the right matches: candidates with only a related occupation,
 * candidates living too far away, candidates wanting far fewer hours, and background candidates in
 * other occupations. The world lives on Bornholm (postcode 3700) in a municipality of its own, so
 * no other test's data enters it. The set is fixed (seed 4242); the thresholds are the values
 * measured when the set was made, minus 0.05 (see docs/modules/matching.md).
 */
@JobvejIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingEvaluationTests {

	/** Measured on this set when it was made (docs/modules/matching.md), minus a margin of 0.05. */
	static final double CANDIDATES_PRECISION_AT_10 = 0.758 - 0.05;

	static final double CANDIDATES_RECALL_AT_10 = 0.819 - 0.05;

	static final double VACANCIES_PRECISION_AT_10 = 0.744 - 0.05;

	static final double VACANCIES_RECALL_AT_10 = 1.000 - 0.05;

	static final String[][] VACANCIES = { { "9333", "Lagermedarbejder", "lager truck pluk", "37" },
			{ "5223", "Butiksassistent", "kasse kundeservice varer", "30" },
			{ "9112", "Rengøringsassistent", "rengøring kontor hygiejne", "25" },
			{ "5120", "Kok", "madlavning køkken hygiejne", "37" }, { "8332", "Lastbilchauffør", "kørekort ce fragt", "37" },
			{ "5322", "Social- og sundhedshjælper", "pleje hjemmepleje omsorg", "32" },
			{ "7115", "Tømrer", "tømrerarbejde byggeri værktøj", "37" },
			{ "2512", "Softwareudvikler", "java sql test", "37" }, { "4110", "Kontorassistent", "excel journalisering post", "30" },
			{ "9329", "Produktionsmedarbejder", "maskiner pakning produktion", "37" },
			{ "5131", "Tjener", "servering vin gæster", "25" }, { "6113", "Gartner", "planter anlæg pleje", "37" } };

	static final String[] ELSEWHERE = { "9000", "5000", "8000", "2200", "6700" };

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CandidateIndex index;

	@Autowired
	Matcher matcher;

	@Autowired
	dk.jobvej.occupation.Taxonomy taxonomy;

	private Staff consultant;

	private final Map<UUID, String[]> vacancies = new HashMap<>();

	private final Map<UUID, CandidateProfile> candidates = new HashMap<>();

	@BeforeAll
	void buildTheWorld() {
		var municipality = Fresh.municipality();
		var organisation = new TestOrganisation(administration);
		consultant = organisation.hire(organisation.unit("Rekruttering Bornholm", municipality), Role.COMPANY_CONSULTANT);
		var api = ApiClient.at(port).as(consultant);
		var random = new Random(4242);
		var company = api.post("/api/v1/companies", Map.of("cvr", cvr(random), "name", "Evaluering A/S", "branch", "04",
				"size", "LARGE", "street", "Store Torv 1", "postcode", "3700", "city", "Rønne"));
		var companyId = company.json().path("id").asString();
		for (var vacancy : VACANCIES) {
			var created = api.post("/api/v1/companies/" + companyId + "/vacancies",
					Map.of("occupation", vacancy[0], "title", vacancy[1], "description", "Vi søger: " + vacancy[2],
							"hoursPerWeek", Integer.parseInt(vacancy[3]), "postcode", "3700", "city", "Rønne"));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			vacancies.put(UUID.fromString(created.json().path("id").asString()), vacancy);
		}
		var now = Instant.now();
		for (var vacancy : VACANCIES) {
			var code = new OccupationCode(vacancy[0]);
			var hours = Integer.parseInt(vacancy[3]);
			var skills = List.of(vacancy[2].split(" "));
			var related = taxonomy.related(code, 0.5).stream().map(r -> r.code()).toList();
			for (var i = 0; i < 8; i++) {
				// right matches, in different ways: first, second or third job goal, or experience only
				var goals = new ArrayList<OccupationCode>();
				var experience = new ArrayList<CandidateProfile.Experience>();
				switch (i % 4) {
					case 0 -> goals.add(code);
					case 1 -> {
						goals.add(other(random, code));
						goals.add(code);
					}
					case 2 -> {
						goals.add(other(random, code));
						goals.add(other(random, code));
						goals.add(code);
					}
					default -> {
						goals.add(other(random, code));
						experience.add(new CandidateProfile.Experience(code, vacancy[1], 12 + random.nextInt(100)));
					}
				}
				put(municipality, goals, experience, random.nextInt(3) == 0 ? List.of() : skills.subList(0, 1 + random.nextInt(skills.size())),
						random.nextBoolean() ? null : hours + random.nextInt(3), 20 + random.nextInt(30), "3700",
						random.nextInt(4) == 0 ? Readiness.ACTIVITY_READY : Readiness.JOB_READY, now);
			}
			for (var i = 0; i < 4 && !related.isEmpty(); i++) {
				// only a related occupation: not a right match
				put(municipality, List.of(related.get(random.nextInt(related.size()))), List.of(), skills.subList(0, 1),
						hours, 40, "3700", Readiness.JOB_READY, now);
			}
			for (var i = 0; i < 3; i++) {
				// the right occupation, but too far away for them
				put(municipality, List.of(code), List.of(), skills, hours, 30, ELSEWHERE[random.nextInt(ELSEWHERE.length)],
						Readiness.JOB_READY, now);
			}
			for (var i = 0; i < 2; i++) {
				// the right occupation, but wanting far fewer hours
				put(municipality, List.of(code), List.of(), skills.subList(0, 1), Math.max(1, hours / 4), 40, "3700",
						Readiness.JOB_READY, now);
			}
		}
		var all = taxonomy.all();
		for (var i = 0; i < 150; i++) {
			// background: other occupations
			var goal = all.get(random.nextInt(all.size())).code();
			put(municipality, List.of(goal), List.of(), List.of(), 37, 40, "3700", Readiness.JOB_READY, now);
		}
	}

	private OccupationCode other(Random random, OccupationCode not) {
		var all = taxonomy.all();
		while (true) {
			var pick = all.get(random.nextInt(all.size())).code();
			if (!taxonomy.relatedness(pick, not).any()) {
				return pick;
			}
		}
	}

	private void put(int municipality, List<OccupationCode> goals, List<CandidateProfile.Experience> experience,
			List<String> skills, Integer hours, int commute, String postcode, Readiness readiness, Instant now) {
		var profile = new CandidateProfile(new CitizenId(UUID.randomUUID()), municipality, goals, experience, skills, 2,
				List.of(), hours, commute, postcode, readiness, now);
		index.put(profile);
		candidates.put(profile.citizen().value(), profile);
	}

	/** The label: the right matches for a vacancy, by the rule in the class comment. */
	private Set<UUID> relevantFor(String[] vacancy) {
		var code = new OccupationCode(vacancy[0]);
		var hours = Integer.parseInt(vacancy[3]);
		var relevant = new HashSet<UUID>();
		candidates.forEach((id, c) -> {
			var occupation = c.jobGoals().contains(code)
					|| c.experience().stream().anyMatch(e -> code.equals(e.occupation()) && e.months() >= 12);
			var near = "3700".equals(c.postcode());
			var enoughHours = c.hoursPerWeek() == null || c.hoursPerWeek() >= 0.8 * hours;
			if (occupation && near && enoughHours) {
				relevant.add(id);
			}
		});
		return relevant;
	}

	@Test
	void candidatesForAVacancyPrecisionAndRecallAt10() {
		var precision = 0.0;
		var recall = 0.0;
		for (var entry : vacancies.entrySet()) {
			var relevant = relevantFor(entry.getValue());
			var top = SignedIn.as(consultant, () -> matcher.candidatesFor(entry.getKey(), 10))
				.stream()
				.map(s -> s.citizen().value())
				.toList();
			var hits = top.stream().filter(relevant::contains).count();
			precision += hits / 10.0;
			recall += (double) hits / relevant.size();
		}
		precision /= vacancies.size();
		recall /= vacancies.size();
		System.out.printf("Matching evaluation, candidates for a vacancy: precision@10 = %.3f, recall@10 = %.3f%n",
				precision, recall);

		assertThat(precision).as("precision@10, candidates for a vacancy").isGreaterThanOrEqualTo(CANDIDATES_PRECISION_AT_10);
		assertThat(recall).as("recall@10, candidates for a vacancy").isGreaterThanOrEqualTo(CANDIDATES_RECALL_AT_10);
	}

	@Test
	void vacanciesForACitizenPrecisionAndRecallAt10() {
		var relevantByCitizen = new HashMap<UUID, Set<UUID>>();
		vacancies.forEach((vacancy, facts) -> relevantFor(facts)
			.forEach(citizen -> relevantByCitizen.computeIfAbsent(citizen, key -> new HashSet<>()).add(vacancy)));
		var precision = 0.0;
		var recall = 0.0;
		for (var entry : relevantByCitizen.entrySet()) {
			var top = matcher.rankVacancies(new CitizenId(entry.getKey()), 10)
				.stream()
				.map(s -> s.vacancy().value())
				.toList();
			var hits = top.stream().filter(entry.getValue()::contains).count();
			precision += top.isEmpty() ? 0 : (double) hits / top.size();
			recall += (double) hits / entry.getValue().size();
		}
		precision /= relevantByCitizen.size();
		recall /= relevantByCitizen.size();
		System.out.printf("Matching evaluation, vacancies for a citizen: precision@10 = %.3f, recall@10 = %.3f (%d citizens)%n",
				precision, recall, relevantByCitizen.size());

		assertThat(precision).as("precision@10, vacancies for a citizen").isGreaterThanOrEqualTo(VACANCIES_PRECISION_AT_10);
		assertThat(recall).as("recall@10, vacancies for a citizen").isGreaterThanOrEqualTo(VACANCIES_RECALL_AT_10);
	}

	private static String cvr(Random random) {
		while (true) {
			var seven = String.valueOf(1_000_000 + random.nextInt(9_000_000));
			var check = Cvr.checkDigit(seven);
			if (check >= 0) {
				return seven + check;
			}
		}
	}

}
