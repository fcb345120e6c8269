package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.plan.OfferType;
import dk.jobvej.platform.RuleViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Duration rules as data: a period is counted from the first day, an extension moves the end by
 * at most a step and never past the ceiling, unless the rule allows more for a very special need.
 */
class DurationRuleTests {

	private static final long SEED = System.nanoTime();

	private static final Locale DA = Locale.forLanguageTag("da");

	private final DurationRule haandvaerker = rule("P13W", "P13W", "P26W", null);

	private final DurationRule internship = rule("P13W", "P13W", "P26W", "P13W");

	private final DurationRule fourWeeks = rule("P4W", null, "P4W", null);

	@Test
	void thirteenWeeksFromAMondayEndOnTheSundayThirteenWeeksLater() {
		var monday = LocalDate.of(2026, 1, 5);
		assertThat(DurationRule.lastDay(monday, Period.ofWeeks(13))).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThatNoException().isThrownBy(() -> haandvaerker.checkInitial(monday, LocalDate.of(2026, 4, 5), DA));
		assertThatThrownBy(() -> haandvaerker.checkInitial(monday, LocalDate.of(2026, 4, 6), DA))
			.isInstanceOf(RuleViolation.class)
			.satisfies(ex -> assertThat(((RuleViolation) ex).field()).isEqualTo("plannedEnd"));
	}

	@Test
	void aRuleWithoutAStepAllowsNoExtensionAndSaysSo() {
		var start = LocalDate.of(2026, 3, 2);
		assertThatThrownBy(() -> fourWeeks.checkExtension(start, start.plusWeeks(4).minusDays(1), start.plusWeeks(4), false, DA))
			.isInstanceOf(RuleViolation.class)
			.satisfies(ex -> assertThat(((RuleViolation) ex).messageKey()).isEqualTo("plan.rule.noExtension"));
	}

	@Test
	void beyondTheCeilingOnlyAVerySpecialNeedExtendsAndOnlyByTheSpecialStep() {
		var start = LocalDate.of(2026, 3, 2);
		var ceiling = start.plusWeeks(26).minusDays(1);
		assertThatThrownBy(() -> internship.checkExtension(start, ceiling, ceiling.plusWeeks(4), false, DA))
			.satisfies(ex -> assertThat(((RuleViolation) ex).field()).isEqualTo("specialNeed"));
		assertThatNoException().isThrownBy(() -> internship.checkExtension(start, ceiling, ceiling.plusWeeks(13), true, DA));
		assertThatThrownBy(() -> internship.checkExtension(start, ceiling, ceiling.plusWeeks(13).plusDays(1), true, DA))
			.satisfies(ex -> assertThat(((RuleViolation) ex).messageKey()).isEqualTo("plan.rule.step"));
		assertThatThrownBy(() -> haandvaerker.checkExtension(start, ceiling, ceiling.plusDays(1), true, DA))
			.satisfies(ex -> assertThat(((RuleViolation) ex).messageKey()).isEqualTo("plan.rule.total"));
	}

	@Test
	void theRuleAppliesOnlyToItsTypeGroupProjectAndDays() {
		var rule = new DurationRule("X", "x", "x", OfferType.VIRKSOMHEDSPRAKTIK, TargetGroup.LAB_6_2, null,
				Period.ofWeeks(4), null, null, null, "s", Certainty.V, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30));
		assertThat(rule.applies(OfferType.VIRKSOMHEDSPRAKTIK, TargetGroup.LAB_6_2, null, LocalDate.of(2026, 6, 30))).isTrue();
		assertThat(rule.applies(OfferType.VIRKSOMHEDSPRAKTIK, TargetGroup.LAB_6_2, null, LocalDate.of(2026, 7, 1))).isFalse();
		assertThat(rule.applies(OfferType.VIRKSOMHEDSPRAKTIK, TargetGroup.LAB_6_3, null, LocalDate.of(2025, 1, 1))).isFalse();
		assertThat(rule.applies(OfferType.LOENTILSKUD_PRIVAT, TargetGroup.LAB_6_2, null, LocalDate.of(2025, 1, 1))).isFalse();
		assertThat(rule.applies(OfferType.VIRKSOMHEDSPRAKTIK, TargetGroup.LAB_6_2, null, LocalDate.of(2019, 12, 31))).isFalse();
	}

	/** Random starts, lengths and extensions: whatever passes the checks stays within the ceiling and steps. */
	@ParameterizedTest(name = "case {index} (seed printed on failure)")
	@MethodSource("cases")
	void whateverPassesStaysWithinTheRule(long caseSeed) {
		var random = new Random(caseSeed);
		var start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
		var end = start.plusDays(random.nextInt(200));
		var rule = random.nextBoolean() ? haandvaerker : internship;
		var passedInitial = passes(() -> rule.checkInitial(start, end, DA));
		assertThat(passedInitial).as("seed %d/%d: initial %s–%s", SEED, caseSeed, start, end)
			.isEqualTo(!end.isAfter(start.plusWeeks(13).minusDays(1)));
		if (!passedInitial) {
			return;
		}
		var current = end;
		for (var i = 0; i < 4; i++) {
			var next = current.plusDays(1 + random.nextInt(120));
			var special = random.nextBoolean();
			var before = current;
			if (passes(() -> rule.checkExtension(start, before, next, special, DA))) {
				var ceiling = start.plusWeeks(26).minusDays(1);
				if (next.isAfter(ceiling)) {
					assertThat(rule).as("seed %d/%d", SEED, caseSeed).isSameAs(internship);
					assertThat(special).as("seed %d/%d", SEED, caseSeed).isTrue();
				}
				assertThat(next).as("seed %d/%d: one step", SEED, caseSeed)
					.isBeforeOrEqualTo((before.isBefore(ceiling) && next.isAfter(ceiling) ? ceiling : before).plusWeeks(13));
				current = next;
			}
		}
	}

	static Stream<Long> cases() {
		var random = new Random(SEED);
		return IntStream.range(0, 200).mapToObj(i -> random.nextLong());
	}

	private static boolean passes(Runnable check) {
		try {
			check.run();
			return true;
		}
		catch (RuleViolation violation) {
			return false;
		}
	}

	private static DurationRule rule(String initial, String step, String total, String special) {
		return new DurationRule("TEST", "Testregel", "Test rule", OfferType.OPKVALIFICERING, null, null,
				Period.parse(initial), step == null ? null : Period.parse(step), total == null ? null : Period.parse(total),
				special == null ? null : Period.parse(special), "test", Certainty.L, LocalDate.of(2018, 1, 1), null);
	}

}
