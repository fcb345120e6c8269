package dk.jobvej.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * The benefit histories of the programme cohorts, drawn from the seed: who they were up to the
 * selection day. What happens to them afterwards is added by {@link ProgrammeOutcomes} once the
 * draw is known. Every history ends by {@link #HISTORY_END} at the latest, so the cohorts leave
 * today's calibrated counts per benefit as they are.
 */
final class ProgrammeCohorts {

	static final LocalDate HISTORY_END = LocalDate.of(2020, 12, 31);

	/** JobFirst (seeds 000, 001, 004): 1 March 2016 to 31 December 2017, 350 citizens. */
	static final LocalDate JOBFIRST_START = LocalDate.of(2016, 3, 1);

	static final LocalDate JOBFIRST_END = LocalDate.of(2017, 12, 31);

	static final int JOBFIRST_CASH = 307;

	static final int JOBFIRST_RESOURCE = 43;

	/** Flere Skal Med (seeds 000, 001): target group selected in December 2016, August 2017 to August 2019. */
	static final LocalDate FSM_SELECTION = LocalDate.of(2016, 12, 1);

	static final LocalDate FSM_START = LocalDate.of(2017, 8, 1);

	static final LocalDate FSM_END = LocalDate.of(2019, 8, 31);

	/** A citizen of a cohort as of the selection day. */
	record Person(CitizenId id, LocalDate birth, boolean female, List<ImportedBenefitPeriod> benefits,
			List<Decision> decisions, BenefitType current, House house) {
	}

	/** A visitation decision: the category from the day. */
	record Decision(VisitationCategory category, LocalDate on) {
	}

	private final long seed;

	ProgrammeCohorts(long seed) {
		this.seed = seed;
	}

	SplittableRandom random(String purpose) {
		return new SplittableRandom(seed * 31 + purpose.hashCode());
	}

	CitizenId id(String purpose, int n) {
		return new CitizenId(UUID.nameUUIDFromBytes(("demo-programme/" + seed + "/" + purpose + "/" + n)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	/**
	 * JobFirst's gross target group: 307 activity-ready recipients of kontanthjælp aged 30 or more
	 * with 1–3½ years on support, and 43 on ressourceforløb aged 30 or more. Their support spells are
	 * too short for Flere Skal Med's five years.
	 */
	List<Person> jobFirstMembers() {
		var random = random("jobfirst");
		var people = new ArrayList<Person>();
		for (var i = 0; i < JOBFIRST_CASH + JOBFIRST_RESOURCE; i++) {
			var cash = i < JOBFIRST_CASH;
			var birth = JOBFIRST_START.minusYears(30 + random.nextInt(30)).minusDays(random.nextInt(365));
			var type = cash ? BenefitType.KONTANTHJAELP : BenefitType.RESSOURCEFORLOEB;
			var from = JOBFIRST_START.minusDays(400 + random.nextInt(860));
			var benefits = spell(type, from, JOBFIRST_START, 2, random);
			var decisions = cash ? List.of(new Decision(VisitationCategory.AKTIVITETSPARAT, from.plusDays(10)))
					: List.<Decision>of();
			people.add(new Person(id("jobfirst", i), birth, random.nextBoolean(), benefits, decisions, type,
					cash ? House.JOB_OG_AKTIVHUSET : House.RESSOURCECENTER));
		}
		return people;
	}

	/**
	 * Citizens who narrowly missed JobFirst: 29 years old, 10–11 months on support, or a break of
	 * 29–40 days in the last year.
	 */
	List<Person> jobFirstNearMisses() {
		var random = random("jobfirst-near");
		var people = new ArrayList<Person>();
		for (var i = 0; i < 24; i++) {
			var kind = i % 3;
			var birth = kind == 0 ? JOBFIRST_START.minusYears(29).minusDays(1 + random.nextInt(300))
					: JOBFIRST_START.minusYears(31 + random.nextInt(20));
			List<ImportedBenefitPeriod> benefits;
			if (kind == 1) {
				benefits = List.of(new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP,
						JOBFIRST_START.minusDays(300 + random.nextInt(60)), end(JOBFIRST_START, random)));
			}
			else if (kind == 2) {
				var gapEnd = JOBFIRST_START.minusDays(60 + random.nextInt(200));
				var gap = 29 + random.nextInt(12);
				benefits = List.of(
						new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP, JOBFIRST_START.minusDays(700), gapEnd.minusDays(gap + 1)),
						new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP, gapEnd, end(JOBFIRST_START, random)));
			}
			else {
				benefits = List.of(new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP,
						JOBFIRST_START.minusDays(500 + random.nextInt(300)), end(JOBFIRST_START, random)));
			}
			people.add(new Person(id("jobfirst-near", i), birth, random.nextBoolean(), benefits,
					List.of(new Decision(VisitationCategory.AKTIVITETSPARAT, benefits.getFirst().from().plusDays(10))),
					BenefitType.KONTANTHJAELP, House.JOB_OG_AKTIVHUSET));
		}
		return people;
	}

	/**
	 * Flere Skal Med's gross target group: 1,243 activity-ready recipients (1,000 on kontanthjælp, 80
	 * on uddannelseshjælp, 163 on integrationsydelse) with five to twelve years on support, breaks of
	 * at most 28 days. They were job-ready until after 1 March 2016, so JobFirst did not select them.
	 */
	List<Person> fsmMembers() {
		var random = random("fsm");
		var people = new ArrayList<Person>();
		for (var i = 0; i < 1243; i++) {
			var type = i < 1000 ? BenefitType.KONTANTHJAELP : i < 1080 ? BenefitType.UDDANNELSESHJAELP
					: BenefitType.INTEGRATIONSYDELSE;
			var birth = switch (type) {
				case UDDANNELSESHJAELP -> FSM_SELECTION.minusYears(25 + random.nextInt(5)).minusDays(random.nextInt(365));
				default -> FSM_SELECTION.minusYears(30 + random.nextInt(30)).minusDays(random.nextInt(365));
			};
			var from = switch (type) {
				case UDDANNELSESHJAELP -> FSM_SELECTION.minusYears(5).minusDays(30 + random.nextInt(600));
				case INTEGRATIONSYDELSE -> FSM_SELECTION.minusYears(8).minusDays(200 + random.nextInt(700));
				default -> FSM_SELECTION.minusYears(5).minusDays(30 + random.nextInt(2500));
			};
			var benefits = spell(type, from, FSM_SELECTION, 3, random);
			var revisited = JOBFIRST_START.plusDays(1 + random.nextInt(270));
			people.add(new Person(id("fsm", i), birth, random.nextBoolean(), benefits,
					List.of(new Decision(VisitationCategory.JOBPARAT, from.plusDays(10)),
							new Decision(VisitationCategory.AKTIVITETSPARAT, revisited)),
					type, switch (type) {
						case UDDANNELSESHJAELP -> House.UDDANNELSESHUSET;
						case INTEGRATIONSYDELSE -> House.JOB_OG_INTEGRATIONSHUSET;
						default -> House.JOB_OG_AKTIVHUSET;
					}));
		}
		return people;
	}

	/** Citizens who narrowly missed Flere Skal Med: a break of 29–42 days, or 2–3 months short of five years. */
	List<Person> fsmNearMisses() {
		var random = random("fsm-near");
		var people = new ArrayList<Person>();
		for (var i = 0; i < 30; i++) {
			var birth = FSM_SELECTION.minusYears(32 + random.nextInt(25));
			List<ImportedBenefitPeriod> benefits;
			if (i % 2 == 0) {
				var gapEnd = FSM_SELECTION.minusDays(200 + random.nextInt(1200));
				var gap = 29 + random.nextInt(14);
				benefits = List.of(
						new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP, FSM_SELECTION.minusYears(7), gapEnd.minusDays(gap + 1)),
						new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP, gapEnd, end(FSM_SELECTION, random)));
			}
			else {
				benefits = List.of(new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP,
						FSM_SELECTION.minusYears(5).plusDays(60 + random.nextInt(30)), end(FSM_SELECTION, random)));
			}
			people.add(new Person(id("fsm-near", i), birth, random.nextBoolean(), benefits,
					List.of(new Decision(VisitationCategory.JOBPARAT, benefits.getFirst().from().plusDays(10)),
							new Decision(VisitationCategory.AKTIVITETSPARAT, JOBFIRST_START.plusDays(1 + random.nextInt(200)))),
					BenefitType.KONTANTHJAELP, House.JOB_OG_AKTIVHUSET));
		}
		return people;
	}

	/**
	 * Periods of one benefit from {@code from}, still running on {@code day}, with up to
	 * {@code breaks} breaks of 1–28 days before it.
	 */
	private static List<ImportedBenefitPeriod> spell(BenefitType type, LocalDate from, LocalDate day, int breaks,
			SplittableRandom random) {
		var periods = new ArrayList<ImportedBenefitPeriod>();
		var start = from;
		var count = random.nextInt(breaks + 1);
		var days = ChronoUnit.DAYS.between(from, day);
		for (var i = 0; i < count && days > 200; i++) {
			var end = start.plusDays(30 + random.nextLong(Math.max(1, days / (count + 1))));
			if (!end.isBefore(day.minusDays(60))) {
				break;
			}
			periods.add(new ImportedBenefitPeriod(type, start, end));
			start = end.plusDays(2 + random.nextInt(27));
			days = ChronoUnit.DAYS.between(start, day);
		}
		periods.add(new ImportedBenefitPeriod(type, start, null));
		return periods;
	}

	/** A day the benefit of a citizen outside the cohorts ended, after the selection day. */
	private static LocalDate end(LocalDate day, SplittableRandom random) {
		return day.plusDays(60 + random.nextInt(600));
	}

	/** The history with its last open period closed on the day (or left open when the day is null). */
	static List<ImportedBenefitPeriod> closeLast(List<ImportedBenefitPeriod> benefits, @Nullable LocalDate day) {
		var copy = new ArrayList<>(benefits);
		var last = copy.removeLast();
		copy.add(new ImportedBenefitPeriod(last.type(), last.from(), day));
		return copy;
	}

	static java.time.Instant noon(LocalDate day, ZoneId zone) {
		return day.atTime(12, 0).atZone(zone).toInstant();
	}

}
