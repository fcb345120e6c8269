package dk.jobvej.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dk.jobvej.matching.CandidateIndex;
import dk.jobvej.matching.CandidateProfile;
import dk.jobvej.matching.Readiness;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * The candidate bank of the demo: a candidate profile for every citizen on a benefit today, as the
 * CV module's CVs will give it (job goals, experience, skills, education, hours, commuting limit,
 * readiness from the visitation category, the citizen's own postcode). The occupations depend on
 * the house (Jobhuset's insured unemployed range widely, Job- og Aktivhuset's activity-ready
 * citizens mostly unskilled work), the hours and readiness on the category. Loaded through
 * {@link CandidateIndex} in batches; deterministic from the seed and the citizen's id.
 */
@Component
class DemoCandidates {

	private static final Map<House, String[]> OCCUPATIONS = Map.of(House.JOBHUSET,
			new String[] { "2512", "2514", "2221", "2342", "2341", "3313", "4110", "4120", "3322", "2411", "2431",
					"7115", "7411", "7126", "8332", "5223", "9333", "5120", "4222", "3512", "2166", "2635", "2142",
					"3112", "7212", "7231", "8322", "4311", "1420" },
			House.JOB_OG_AKTIVHUSET,
			new String[] { "9112", "9333", "9329", "9412", "5223", "9622", "9214", "9321", "5246", "8322", "9334",
					"9613", "5322", "9313" },
			House.UDDANNELSESHUSET,
			new String[] { "5223", "9412", "5131", "9333", "5120", "9411", "4110", "5311", "9334", "7231", "7411" },
			House.JOB_OG_INTEGRATIONSHUSET,
			new String[] { "9112", "9412", "9329", "9333", "5322", "8322", "9214", "7512", "9321", "5120" },
			House.RESSOURCECENTER, new String[] { "9622", "4110", "9214", "9112", "5153", "9321", "4321", "5246" },
			House.SYGEDAGPENGEHUSET,
			new String[] { "5321", "2221", "4110", "8332", "9333", "5223", "7115", "2341", "9112", "3313", "2342" },
			House.YDELSESCENTRET, new String[] { "9622", "4110", "9214", "9112", "5153" });

	private static final Map<Character, String[]> SKILLS = Map.of('1', new String[] { "ledelse", "budget", "strategi" },
			'2', new String[] { "projektledelse", "Excel", "engelsk", "Java", "SQL", "dokumentation" }, '3',
			new String[] { "Excel", "kundeservice", "planlægning", "engelsk", "bogføring" }, '4',
			new String[] { "Excel", "Word", "journalisering", "kundeservice", "telefon" }, '5',
			new String[] { "kundeservice", "hygiejnebevis", "kassesystem", "førstehjælp", "pleje", "madlavning" }, '6',
			new String[] { "planter", "traktor", "kørekort B" }, '7',
			new String[] { "værktøj", "sikkerhedskursus", "kørekort B", "svejsecertifikat", "tømrerarbejde" }, '8',
			new String[] { "kørekort C", "kørekort CE", "truckcertifikat", "ADR-bevis", "kørekort D" }, '9',
			new String[] { "kørekort B", "førstehjælp", "truckcertifikat", "hygiejnebevis", "lager", "rengøring",
					"pakning" });

	private final CandidateIndex index;

	private final Taxonomy taxonomy;

	private final Clock clock;

	DemoCandidates(CandidateIndex index, Taxonomy taxonomy, Clock clock) {
		this.index = index;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/** Imports the candidates of the citizens on a benefit today; batches imported before are skipped. */
	int load(List<CitizenProfile> citizens, long seed, String batchPrefix, int municipalityCode, int batchSize) {
		var current = citizens.stream().filter(CitizenProfile::current).toList();
		var imported = 0;
		for (var n = 0; n * batchSize < current.size(); n++) {
			var batch = current.subList(n * batchSize, Math.min(current.size(), (n + 1) * batchSize))
				.stream()
				.map(citizen -> profile(citizen, seed, municipalityCode))
				.toList();
			imported += index.importBatch("candidates-" + batchPrefix + "-" + municipalityCode + "-" + (n + 1), batch);
		}
		return imported;
	}

	CandidateProfile profile(CitizenProfile citizen, long seed, int municipalityCode) {
		var random = new Random(seed ^ citizen.id().value().getLeastSignificantBits());
		var pool = OCCUPATIONS.get(citizen.house());
		var goals = new ArrayList<OccupationCode>();
		var count = 1 + random.nextInt(3);
		while (goals.size() < count) {
			var code = new OccupationCode(pool[random.nextInt(pool.length)]);
			if (!goals.contains(code)) {
				goals.add(code);
			}
		}
		var experience = new ArrayList<CandidateProfile.Experience>();
		for (var i = random.nextInt(3); i > 0; i--) {
			var code = random.nextInt(3) == 0 ? new OccupationCode(pool[random.nextInt(pool.length)])
					: goals.get(random.nextInt(goals.size()));
			experience.add(new CandidateProfile.Experience(code,
					taxonomy.byCode(code).map(o -> o.danish()).orElse(code.value()), 3 + random.nextInt(118)));
		}
		var skillPool = SKILLS.getOrDefault(goals.getFirst().value().charAt(0), SKILLS.get('9'));
		var skills = new ArrayList<String>();
		for (var i = 1 + random.nextInt(3); i > 0; i--) {
			var skill = skillPool[random.nextInt(skillPool.length)];
			if (!skills.contains(skill)) {
				skills.add(skill);
			}
		}
		var readiness = readiness(citizen);
		Integer hours = switch (readiness) {
			case JOB_READY, EDUCATION_READY -> random.nextInt(5) == 0 ? 30 : 37;
			case ACTIVITY_READY -> 8 + random.nextInt(18);
			case ON_SICK_LEAVE -> 15 + random.nextInt(23);
			case UNKNOWN -> random.nextInt(4) == 0 ? (Integer) null : Integer.valueOf(10 + random.nextInt(20));
		};
		var education = citizen.house() == House.JOBHUSET ? 2 + random.nextInt(5) : random.nextInt(4);
		return new CandidateProfile(citizen.id(), municipalityCode, goals, experience, skills, education,
				List.of(), hours, 10 + 5 * random.nextInt(10), citizen.address().postcode(), readiness,
				YearMonth.now(clock).atDay(1).atStartOfDay(clock.getZone()).toInstant());
	}

	private static Readiness readiness(CitizenProfile citizen) {
		if (citizen.decisions().isEmpty()) {
			return switch (citizen.house()) {
				case JOBHUSET -> Readiness.JOB_READY;
				case RESSOURCECENTER -> Readiness.ACTIVITY_READY;
				case SYGEDAGPENGEHUSET -> Readiness.ON_SICK_LEAVE;
				default -> Readiness.UNKNOWN;
			};
		}
		return Readiness.of(citizen.decisions().getLast().category());
	}

}
