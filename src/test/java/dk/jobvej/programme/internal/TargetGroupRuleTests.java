package dk.jobvej.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.citizen.CitizenHistory.Visitation;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.UnitId;
import dk.jobvej.programme.Clause;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The target-group rule as data: Flere Skal Med (activity-ready, kontanthjælp, uddannelseshjælp or
 * integrationsydelse, five years on support after the integration programme, an interruption of
 * more than four weeks excludes) and JobFirst (activity-ready kontanthjælp 30+ with a year on
 * support, or ressourceforløb 30+), at their boundaries.
 */
class TargetGroupRuleTests {

	static final LocalDate DAY = LocalDate.of(2016, 12, 1);

	static final TargetGroupRule FLERE_SKAL_MED = new TargetGroupRule(List.of(new Clause(
			EnumSet.of(BenefitType.KONTANTHJAELP, BenefitType.UDDANNELSESHJAELP, BenefitType.INTEGRATIONSYDELSE),
			VisitationCategory.AKTIVITETSPARAT, null, 60, 28, 36)), TargetGroupRule.Narrow.DEFAULT);

	static final TargetGroupRule JOBFIRST = new TargetGroupRule(List.of(
			new Clause(EnumSet.of(BenefitType.KONTANTHJAELP, BenefitType.INTEGRATIONSYDELSE),
					VisitationCategory.AKTIVITETSPARAT, 30, 12, 28, null),
			new Clause(EnumSet.of(BenefitType.RESSOURCEFORLOEB), null, 30, null, null, null)),
			TargetGroupRule.Narrow.DEFAULT);

	static CitizenHistory history(LocalDate born, List<Benefit> benefits, VisitationCategory category) {
		return new CitizenHistory(new CitizenId(UUID.randomUUID()), 851, new UnitId(UUID.randomUUID()), null, born,
				benefits, List.of(new Visitation(category, LocalDate.of(2005, 1, 1))), null);
	}

	/** Kontanthjælp from {@code from}, broken once by {@code gap} days without support ending {@code gapEnd}. */
	static List<Benefit> withGap(LocalDate from, LocalDate gapEnd, int gap) {
		return List.of(new Benefit(BenefitType.KONTANTHJAELP, from, gapEnd.minusDays(gap + 1L)),
				new Benefit(BenefitType.KONTANTHJAELP, gapEnd, null));
	}

	static Stream<Object[]> gaps() {
		var seed = 600_851L;
		var random = new Random(seed);
		return IntStream.range(0, 60).mapToObj(i -> {
			var gap = 1 + random.nextInt(60);
			var gapEnd = DAY.minusDays(10 + random.nextInt(1500));
			return new Object[] { seed, i, gap, gapEnd };
		});
	}

	@ParameterizedTest(name = "seed {0} case {1}: a break of {2} days ending {3}")
	@MethodSource("gaps")
	void aBreakOfMoreThanFourWeeksInTheFiveYearsExcludesAndUpToSixWeeksIsANarrowMiss(long seed, int n, int gap,
			LocalDate gapEnd) {
		var outcome = FLERE_SKAL_MED.assess(
				history(LocalDate.of(1970, 5, 5), withGap(DAY.minusYears(8), gapEnd, gap), VisitationCategory.AKTIVITETSPARAT),
				DAY);
		assertThat(outcome.qualifies()).as("seed %d case %d", seed, n).isEqualTo(gap <= 28);
		if (gap > 28) {
			assertThat(outcome.reasons().getFirst()).as("seed %d case %d", seed, n).isEqualTo(Reason.of("interruption", gap));
			assertThat(outcome.narrowMiss()).as("seed %d case %d", seed, n).isEqualTo(gap <= 42);
		}
	}

	@Test
	void fourWeeksExactlyIsNotAnInterruptionButTwentyNineDaysIs() {
		var gapEnd = DAY.minusYears(2);
		assertThat(FLERE_SKAL_MED.assess(history(LocalDate.of(1970, 1, 1), withGap(DAY.minusYears(6), gapEnd, 28),
				VisitationCategory.AKTIVITETSPARAT), DAY).qualifies()).isTrue();
		var missed = FLERE_SKAL_MED.assess(history(LocalDate.of(1970, 1, 1), withGap(DAY.minusYears(6), gapEnd, 29),
				VisitationCategory.AKTIVITETSPARAT), DAY);
		assertThat(missed.qualifies()).isFalse();
		assertThat(missed.narrowMiss()).isTrue();
		assertThat(missed.reasons()).contains(Reason.of("interruption", 29));
	}

	@Test
	void aBreakBeforeTheFiveYearsDoesNotMatter() {
		var outcome = FLERE_SKAL_MED.assess(history(LocalDate.of(1970, 1, 1),
				withGap(DAY.minusYears(9), DAY.minusYears(5).minusDays(1), 200), VisitationCategory.AKTIVITETSPARAT), DAY);
		assertThat(outcome.qualifies()).isTrue();
	}

	static Stream<Object[]> starts() {
		var seed = 5_851L;
		var random = new Random(seed);
		return IntStream.range(0, 60).mapToObj(i -> new Object[] { seed, i, -200 + random.nextInt(400) });
	}

	@ParameterizedTest(name = "seed {0} case {1}: support from {2} days after five years before")
	@MethodSource("starts")
	void fiveYearsOnSupportIsTheBoundary(long seed, int n, int offset) {
		var from = DAY.minusMonths(60).plusDays(offset);
		var outcome = FLERE_SKAL_MED.assess(history(LocalDate.of(1970, 1, 1),
				List.of(new Benefit(BenefitType.KONTANTHJAELP, from, null)), VisitationCategory.AKTIVITETSPARAT), DAY);
		assertThat(outcome.qualifies()).as("seed %d case %d", seed, n).isEqualTo(offset <= 0);
		if (offset > 0) {
			assertThat(outcome.reasons().getFirst()).as("seed %d case %d", seed, n).isEqualTo(Reason.of("supportShortDays", offset));
			assertThat(outcome.narrowMiss()).as("seed %d case %d", seed, n).isEqualTo(offset <= 92);
		}
	}

	@Test
	void timeInTheIntegrationProgrammeDoesNotCount() {
		var from = DAY.minusYears(7);
		var benefits = List.of(new Benefit(BenefitType.INTEGRATIONSYDELSE, from, null));
		assertThat(FLERE_SKAL_MED.assess(history(LocalDate.of(1980, 1, 1), benefits, VisitationCategory.AKTIVITETSPARAT), DAY)
			.qualifies()).as("seven years less three in the programme is four").isFalse();
		var longer = List.of(new Benefit(BenefitType.INTEGRATIONSYDELSE, DAY.minusYears(8), null));
		assertThat(FLERE_SKAL_MED.assess(history(LocalDate.of(1980, 1, 1), longer, VisitationCategory.AKTIVITETSPARAT), DAY)
			.qualifies()).isTrue();
	}

	@Test
	void jobReadyRecipientsAreNotInTheTargetGroupAndNotANarrowMiss() {
		var outcome = FLERE_SKAL_MED.assess(history(LocalDate.of(1970, 1, 1),
				List.of(new Benefit(BenefitType.KONTANTHJAELP, DAY.minusYears(7), null)), VisitationCategory.JOBPARAT), DAY);
		assertThat(outcome.qualifies()).isFalse();
		assertThat(outcome.narrowMiss()).isFalse();
		assertThat(outcome.reasons()).contains(Reason.of("categoryNot", VisitationCategory.AKTIVITETSPARAT));
	}

	@Test
	void jobFirstTakesResourceCourseRecipientsOverThirtyWithoutATimeOnSupport() {
		var resource = history(DAY.minusYears(30), List.of(new Benefit(BenefitType.RESSOURCEFORLOEB, DAY.minusDays(10), null)),
				VisitationCategory.AKTIVITETSPARAT);
		var outcome = JOBFIRST.assess(resource, DAY);
		assertThat(outcome.qualifies()).isTrue();
		assertThat(outcome.clause()).isEqualTo(1);
		assertThat(outcome.reasons()).containsExactly(Reason.of("benefit", BenefitType.RESSOURCEFORLOEB), Reason.of("age", 30));
		var young = history(DAY.minusYears(30).plusDays(1), List.of(new Benefit(BenefitType.RESSOURCEFORLOEB, DAY.minusYears(2), null)),
				VisitationCategory.AKTIVITETSPARAT);
		var missed = JOBFIRST.assess(young, DAY);
		assertThat(missed.qualifies()).isFalse();
		assertThat(missed.narrowMiss()).isTrue();
		assertThat(missed.reasons().getFirst()).isEqualTo(Reason.of("ageUnder", 29));
	}

	@Test
	void theReasonsSayWhyACitizenQualifies() {
		var outcome = JOBFIRST.assess(history(LocalDate.of(1975, 6, 1),
				List.of(new Benefit(BenefitType.KONTANTHJAELP, DAY.minusMonths(30), null)), VisitationCategory.AKTIVITETSPARAT),
				DAY);
		assertThat(outcome.qualifies()).isTrue();
		assertThat(outcome.reasons()).containsExactly(Reason.of("benefit", BenefitType.KONTANTHJAELP),
				Reason.of("category", VisitationCategory.AKTIVITETSPARAT), Reason.of("age", 41), Reason.of("supportMonths", 30),
				Reason.of("longestBreak", 0));
	}

	@Test
	void citizensOnOtherBenefitsAreNotConcerned() {
		var outcome = JOBFIRST.assess(history(LocalDate.of(1975, 6, 1),
				List.of(new Benefit(BenefitType.SYGEDAGPENGE, DAY.minusMonths(3), null)), VisitationCategory.AKTIVITETSPARAT), DAY);
		assertThat(outcome).isEqualTo(TargetGroupRule.Assessment.NOT_CONCERNED);
	}

	@Test
	void reasonsAreStoredAndReadBack() {
		var reasons = new ArrayList<Reason>(List.of(Reason.of("interruption", 29), Reason.of("benefit", BenefitType.KONTANTHJAELP)));
		assertThat(Reason.read(Reason.write(reasons))).isEqualTo(reasons);
	}

}
