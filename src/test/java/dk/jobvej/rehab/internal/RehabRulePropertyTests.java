package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.rehab.RehabCaseType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the rehabilitation rules over generated cases (a seeded {@link Random}; the seed
 * is in every message). The dates cluster around the law's effective dates (1 Jan 2025, 1 Jul 2026)
 * so the transitions are crossed often.
 */
class RehabRulePropertyTests {

	private static final long SEED = Long.getLong("jobvej.seed", System.nanoTime());

	private static final LocalDate REFORM_2026 = LocalDate.of(2026, 7, 1);

	private static final LocalDate CATEGORY_3_GONE = LocalDate.of(2025, 1, 1);

	private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);

	private final RehabRules rules = MigrationRules.rules();

	/** A case: its type, the day it arose and the day asked (never before it arose). */
	record Case(long seed, RehabCaseType type, LocalDate arisen, LocalDate asked) {

		@Override
		public String toString() {
			return "seed " + seed + ": " + type + " arisen " + arisen + ", asked " + asked;
		}

	}

	static Stream<Case> cases() {
		var random = new Random(SEED);
		var cases = new ArrayList<Case>();
		var types = RehabCaseType.values();
		for (var i = 0; i < 120; i++) {
			var arisen = day(random);
			var asked = arisen.plusDays(random.nextInt(random.nextBoolean() ? 60 : 900));
			cases.add(new Case(SEED, types[random.nextInt(types.length)], arisen, asked));
		}
		return cases.stream();
	}

	/** A day anywhere from 2013 to 2028, a third of them within two months of an effective date. */
	static LocalDate day(Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> REFORM_2026.plusDays(random.nextInt(120) - 60);
			case 1 -> CATEGORY_3_GONE.plusDays(random.nextInt(120) - 60);
			default -> FIRST.plusDays(random.nextInt(16 * 365));
		};
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void fromTheReformOnNoCaseGoesToTheTeam(Case c) {
		if (!c.asked().isBefore(REFORM_2026)) {
			assertThat(rules.teamRequired(c.type(), c.arisen(), c.asked())).as("%s", c).isFalse();
			assertThat(rules.deadline(c.type(), c.arisen(), c.asked())).as("%s", c).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aTeamDeadlineIsFourWeeksAfterTheCaseAroseAndOnlyForTheTwoTypes(Case c) {
		var deadline = rules.deadline(c.type(), c.arisen(), c.asked());
		var expected = switch (c.type()) {
			case JOBAFKLARING_FOERSTE -> !c.arisen().isBefore(LocalDate.of(2014, 7, 1)) && c.arisen().isBefore(REFORM_2026)
					&& c.asked().isBefore(REFORM_2026);
			case SYGEDAGPENGE_KATEGORI_3 -> !c.arisen().isBefore(LocalDate.of(2014, 7, 1))
					&& c.arisen().isBefore(CATEGORY_3_GONE) && c.asked().isBefore(REFORM_2026);
			default -> false;
		};
		assertThat(deadline.isPresent()).as("%s: %s", c, deadline).isEqualTo(expected);
		deadline.ifPresent(day -> assertThat(ChronoUnit.DAYS.between(c.arisen(), day)).as("%s", c).isEqualTo(28));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aCategoryThreeCaseKeepsTheTeamItBeganWithUntilTheReform(Case c) {
		if (c.type() != RehabCaseType.SYGEDAGPENGE_KATEGORI_3 || c.arisen().isBefore(LocalDate.of(2014, 7, 1))) {
			return;
		}
		var expected = c.arisen().isBefore(CATEGORY_3_GONE) && c.asked().isBefore(REFORM_2026);
		assertThat(rules.teamRequired(c.type(), c.arisen(), c.asked())).as("%s", c).isEqualTo(expected);
		assertThat(rules.newCasesAllowed(c.type(), c.arisen())).as("%s", c)
			.isEqualTo(c.arisen().isBefore(CATEGORY_3_GONE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theRegimeDayLiesBetweenTheCaseAndTheDayAskedAndItsRowsCoverIt(Case c) {
		var book = rules.book();
		for (var kind : RuleKind.values()) {
			var regime = book.regimeDay(kind, c.type().name(), c.arisen(), c.asked());
			assertThat(regime).as("%s %s", c, kind).isBetween(c.arisen(), c.asked());
			book.row(kind, c.type().name(), c.arisen(), c.asked())
				.ifPresent(row -> assertThat(row.covers(regime)).as("%s %s", c, row.code()).isTrue());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theDocumentsOfACaseAreTheOldSetOrTheNewSetNeverAMix(Case c) {
		var documents = rules.requiredDocuments(c.type(), c.arisen(), c.asked());
		var reformSet = documents.contains(dk.jobvej.rehab.DocumentKind.SAMLET_BESKRIVELSE);
		var oldSet = documents.contains(dk.jobvej.rehab.DocumentKind.FORBEREDENDE_DEL);
		assertThat(reformSet && oldSet).as("%s: %s", c, documents).isFalse();
		if (reformSet) {
			assertThat(c.asked()).as("%s", c).isAfterOrEqualTo(REFORM_2026);
		}
	}

	/** Sickness: a first day of absence, the category, employment and expected weeks, and the day asked. */
	record Sickness(long seed, LocalDate first, VisitationCategory category, boolean employed, int expectedWeeks,
			List<LocalDate> held, LocalDate asked) {

		@Override
		public String toString() {
			return "seed " + seed + ": first " + first + ", " + category + ", employed " + employed + ", expected "
					+ expectedWeeks + " weeks, held " + held + ", asked " + asked;
		}

	}

	static Stream<Sickness> sickness() {
		var random = new Random(SEED + 1);
		var cases = new ArrayList<Sickness>();
		var categories = List.of(VisitationCategory.SYGEDAGPENGE_KATEGORI_1, VisitationCategory.SYGEDAGPENGE_KATEGORI_2,
				VisitationCategory.SYGEDAGPENGE_KATEGORI_3);
		for (var i = 0; i < 100; i++) {
			var first = day(random);
			var held = new ArrayList<LocalDate>();
			var next = first.plusDays(10 + random.nextInt(50));
			for (var n = random.nextInt(5); n > 0; n--) {
				held.add(next);
				next = next.plusDays(14 + random.nextInt(40));
			}
			var asked = first.plusDays(random.nextInt(300));
			cases.add(new Sickness(SEED + 1, first, categories.get(random.nextInt(3)), random.nextBoolean(),
					1 + random.nextInt(60), held.stream().filter(day -> !day.isAfter(asked)).toList(), asked));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sickness")
	void aFollowUpIsDueNoLaterThanWeekEightAndNeverAfterTheHalfYearWhenConversationsAreMissing(Sickness s) {
		// before the sickness-benefit reform of 1 Jul 2014 Jobvej keeps no follow-up rules
		var plan = FollowUpPlan.of(rules, s.first(), s.category(), s.employed(), s.expectedWeeks(), null, s.held(),
				null, s.asked());
		if (plan.exempt() || s.category() == VisitationCategory.SYGEDAGPENGE_KATEGORI_1
				|| s.first().isBefore(LocalDate.of(2014, 7, 1))) {
			assertThat(plan.nextDue()).as("%s", s).isNull();
			return;
		}
		if (s.held().isEmpty()) {
			assertThat(plan.nextDue()).as("%s", s).isEqualTo(s.first().plusDays(55));
		}
		else if (plan.nextDue() != null) {
			assertThat(plan.nextDue()).as("%s", s).isAfter(s.held().getLast()).isBeforeOrEqualTo(plan.halfYearEnd());
			assertThat(plan.heldInHalfYear()).as("%s", s).isLessThan(plan.required());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sickness")
	void anEmployedCitizenIsExemptByTheRuleOfTheDayAsked(Sickness s) {
		var plan = FollowUpPlan.of(rules, s.first(), s.category(), s.employed(), s.expectedWeeks(), null, s.held(),
				null, s.asked());
		int below;
		if (!s.asked().isBefore(REFORM_2026)) {
			below = 26;
		}
		else if (!s.asked().isBefore(CATEGORY_3_GONE) && !s.first().isBefore(LocalDate.of(2014, 7, 1))) {
			below = 13;
		}
		else {
			below = 0;
		}
		assertThat(plan.exempt()).as("%s", s).isEqualTo(s.employed() && s.expectedWeeks() < below);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sickness")
	void aSingleRunningPeriodIsReassessedAtTheEndOfTheMonthOfIts155thDay(Sickness s) {
		var point = ReassessmentPoint.of(List.of(new Benefit(BenefitType.SYGEDAGPENGE, s.first(), null)), 22, 9,
				s.first().plusYears(2));
		assertThat(point).as("%s", s).contains(s.first().plusDays(154).with(TemporalAdjusters.lastDayOfMonth()));
	}

}
