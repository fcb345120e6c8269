package dk.jobvej.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dk.jobvej.identity.UnitId;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;
import dk.jobvej.survey.SurveyImport;
import dk.jobvej.survey.SurveyImport.ImportedAnswer;
import dk.jobvej.survey.SurveyImport.IssuedCount;
import dk.jobvej.survey.Topic;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Aalborg's user surveys, calibrated to the seeds and loaded through {@link SurveyImport}.
 *
 * <p>Citizens (seed 000, "Brugermåling i Jobcenter Aalborg"): questionnaires handed out after all
 * planned conversations in ISO weeks 6 and 7 by the houses (not Ydelsescentret), 2,070 handed out
 * and 1,032 answered (50 %), some houses under 50 %. The share answering 4 or 5 is exactly the
 * seed's per question (97, 74, 94, 63, 80, 67, 81, 81, 91 %, of 1,032); the topics per house
 * follow the seed where it names them (Jobhuset 97 % job; Job- og Aktivhuset 89 % health and 75 %
 * job; Sygedagpengehuset 92 % health; Uddannelseshuset 91 % education).
 *
 * <p>Companies (seed 003, KL's survey 2022): 87 % satisfied or very satisfied, 85 % would
 * recommend; 400 handed out and 200 answered by Rekrutteringsenheden (the seed gives no counts,
 * so these are the demo's choice).
 */
@Component
class DemoSurveys {

	/** The seed's shares answering 4 or 5, per question. */
	static final double[] CITIZEN_SHARES = { 0.97, 0.74, 0.94, 0.63, 0.80, 0.67, 0.81, 0.81, 0.91 };

	static final double[] COMPANY_SHARES = { 0.87, 0.85 };

	/** Codes handed out and answers per house: 2,070 and 1,032 in all. */
	static final Map<House, int[]> CITIZEN_COUNTS = Map.of(House.JOBHUSET, new int[] { 560, 300 },
			House.JOB_OG_AKTIVHUSET, new int[] { 420, 215 }, House.UDDANNELSESHUSET, new int[] { 330, 140 },
			House.JOB_OG_INTEGRATIONSHUSET, new int[] { 180, 80 }, House.SYGEDAGPENGEHUSET, new int[] { 380, 210 },
			House.RESSOURCECENTER, new int[] { 200, 87 });

	/** Share of each house's answers naming job, health, education. */
	static final Map<House, double[]> TOPICS = Map.of(House.JOBHUSET, new double[] { 0.97, 0.10, 0.20 },
			House.JOB_OG_AKTIVHUSET, new double[] { 0.75, 0.89, 0.15 }, House.UDDANNELSESHUSET,
			new double[] { 0.45, 0.20, 0.91 }, House.JOB_OG_INTEGRATIONSHUSET, new double[] { 0.80, 0.30, 0.45 },
			House.SYGEDAGPENGEHUSET, new double[] { 0.40, 0.92, 0.05 }, House.RESSOURCECENTER,
			new double[] { 0.55, 0.70, 0.10 });

	static final int COMPANY_ISSUED = 400;

	static final int COMPANY_ANSWERS = 200;

	private static final List<String> CITIZEN_COMMENTS = List.of("God og tryg samtale.",
			"Rådgiveren lyttede og havde forberedt sig.", "Jeg fik konkrete job at søge.",
			"Det var svært at nå igennem på telefonen før samtalen.", "Jeg savner mere hjælp til mit CV.",
			"Samtalen var for kort.", "Dejligt at tale med den samme rådgiver som sidst.",
			"Jeg forstår stadig ikke helt, hvad der skal ske.", "Tak for hjælpen.",
			"Godt at vi talte om mit helbred og hvad jeg kan.");

	private static final List<String> COMPANY_COMMENTS = List.of("Hurtig opfølgning og gode kandidater.",
			"Konsulenten kom ud og så virksomheden – det hjalp.", "Vi manglede tilbagemelding på en kandidat.",
			"God hjælp til at fastholde en sygemeldt medarbejder.");

	private final SurveyImport surveys;

	private final Clock clock;

	DemoSurveys(SurveyImport surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	/** Loads both rounds for Aalborg once (the import skips a round name that exists). */
	List<RoundId> ensure(DemoUnits units, long seed) {
		var year = citizenYear(LocalDate.now(clock));
		return List.of(citizens(Municipalities.AALBORG, units, seed, year),
				companies(Municipalities.AALBORG, units, seed, year - 1));
	}

	/** The last year whose weeks 6 and 7 are over (with four weeks to answer). */
	static int citizenYear(LocalDate today) {
		var week = IsoWeek.of(today);
		return week.week() > 11 ? week.year() : week.year() - 1;
	}

	RoundId citizens(int municipalityCode, DemoUnits units, long seed, int year) {
		var random = new Random(seed ^ 0x5EED000L);
		var weeks = List.of(new IsoWeek(year, 6), new IsoWeek(year, 7));
		var issued = new ArrayList<IssuedCount>();
		var plan = new ArrayList<House>();
		for (var house : houses()) {
			var counts = CITIZEN_COUNTS.get(house);
			issued.add(new IssuedCount(units.of(house), weeks.get(0), counts[0] / 2));
			issued.add(new IssuedCount(units.of(house), weeks.get(1), counts[0] - counts[0] / 2));
			for (var i = 0; i < counts[1]; i++) {
				plan.add(house);
			}
		}
		var scores = scores(plan.size(), CITIZEN_SHARES, random);
		var topics = new ArrayList<Set<Topic>>();
		for (var i = 0; i < plan.size(); i++) {
			topics.add(EnumSet.noneOf(Topic.class));
		}
		for (var house : houses()) {
			var members = new ArrayList<Integer>();
			for (var i = 0; i < plan.size(); i++) {
				if (plan.get(i) == house) {
					members.add(i);
				}
			}
			var shares = TOPICS.get(house);
			var kinds = new Topic[] { Topic.JOB, Topic.HEALTH, Topic.EDUCATION };
			for (var t = 0; t < kinds.length; t++) {
				Collections.shuffle(members, random);
				var count = (int) Math.round(shares[t] * members.size());
				for (var i = 0; i < count; i++) {
					topics.get(members.get(i)).add(kinds[t]);
				}
			}
		}
		var answers = new ArrayList<ImportedAnswer>();
		for (var i = 0; i < plan.size(); i++) {
			var unit = units.of(plan.get(i));
			answers.add(new ImportedAnswer(unit, weeks.get(random.nextInt(2)), scores.get(i), topics.get(i),
					comment(random, CITIZEN_COMMENTS)));
		}
		return surveys.importRound(municipalityCode, "Brugermåling uge 6 og 7 " + year, QuestionnaireKind.CITIZEN,
				weeks, issued, answers);
	}

	RoundId companies(int municipalityCode, DemoUnits units, long seed, int year) {
		var random = new Random(seed ^ 0x5EED003L);
		var weeks = List.of(new IsoWeek(year, 38), new IsoWeek(year, 39));
		var unit = units.of(House.REKRUTTERINGSENHEDEN);
		var issued = List.of(new IssuedCount(unit, weeks.get(0), COMPANY_ISSUED / 2),
				new IssuedCount(unit, weeks.get(1), COMPANY_ISSUED / 2));
		var scores = scores(COMPANY_ANSWERS, COMPANY_SHARES, random);
		var answers = new ArrayList<ImportedAnswer>();
		for (var i = 0; i < COMPANY_ANSWERS; i++) {
			var topics = EnumSet.noneOf(Topic.class);
			if (random.nextDouble() < 0.7) {
				topics.add(Topic.RECRUITMENT);
			}
			if (random.nextDouble() < 0.25) {
				topics.add(Topic.RETENTION);
			}
			if (random.nextDouble() < 0.2) {
				topics.add(Topic.UPSKILLING);
			}
			answers.add(new ImportedAnswer(unit, weeks.get(random.nextInt(2)), scores.get(i), topics,
					comment(random, COMPANY_COMMENTS)));
		}
		return surveys.importRound(municipalityCode, "Virksomhedernes tilfredshed " + year, QuestionnaireKind.COMPANY,
				weeks, issued, answers);
	}

	/**
	 * Scores for {@code count} answers where exactly round(share × count) answer each question with
	 * 4 or 5: the positive ones 5 (60 %) or 4, the others 3 (60 %), 2 (25 %) or 1.
	 */
	static List<List<@Nullable Integer>> scores(int count, double[] shares, Random random) {
		var scores = new ArrayList<List<@Nullable Integer>>();
		var grid = new Integer[count][shares.length];
		for (var q = 0; q < shares.length; q++) {
			var positive = (int) Math.round(shares[q] * count);
			var order = new ArrayList<Integer>();
			for (var i = 0; i < count; i++) {
				order.add(i);
			}
			Collections.shuffle(order, random);
			for (var k = 0; k < count; k++) {
				var draw = random.nextDouble();
				grid[order.get(k)][q] = k < positive ? (draw < 0.6 ? 5 : 4) : (draw < 0.6 ? 3 : draw < 0.85 ? 2 : 1);
			}
		}
		for (var row : grid) {
			scores.add(Arrays.asList(row));
		}
		return scores;
	}

	private static String comment(Random random, List<String> comments) {
		return random.nextDouble() < 0.12 ? comments.get(random.nextInt(comments.size())) : "";
	}

	private static List<House> houses() {
		return List.of(House.JOBHUSET, House.JOB_OG_AKTIVHUSET, House.UDDANNELSESHUSET, House.JOB_OG_INTEGRATIONSHUSET,
				House.SYGEDAGPENGEHUSET, House.RESSOURCECENTER);
	}

}
