package dk.jobvej.youth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.citizen.CitizenHistory.Visitation;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets an education order and for how long the order's rules last, with hand-worked cases,
 * and the seniority of seed 001 (52 weeks on the benefit, a spell broken by a whole calendar month
 * without it). Education benefit became cash benefit on 1 Jul 2025; the order is expected to go on
 * 1 Jan 2027 (U).
 */
class EducationOrderRuleTests {

	private static final long SEED = Long.getLong("jobvej.seed", System.nanoTime());

	private final YouthRules rules = YouthMigrationRules.rules();

	@ParameterizedTest(name = "{0} years on {1} ({2}) on {3}: eligible {4}")
	@CsvSource({ "22, UDDANNELSESHJAELP, UDDANNELSESPARAT, 2025-03-01, true",
			"22, UDDANNELSESHJAELP, AKTIVITETSPARAT, 2025-03-01, true",
			"29, UDDANNELSESHJAELP, AABENLYST_UDDANNELSESPARAT, 2025-06-30, true",
			"30, UDDANNELSESHJAELP, UDDANNELSESPARAT, 2025-03-01, false",
			"22, KONTANTHJAELP, UDDANNELSESPARAT, 2025-08-01, true", "22, KONTANTHJAELP, JOBPARAT, 2025-08-01, false",
			"22, KONTANTHJAELP, UDDANNELSESPARAT, 2025-06-30, false",
			"24, A_DAGPENGE, , 2026-11-22, true", "25, A_DAGPENGE, , 2026-11-22, false",
			"22, KONTANTHJAELP, UDDANNELSESPARAT, 2027-01-04, false", "22, SYGEDAGPENGE, , 2026-11-22, false" })
	void theTargetGroup(int age, BenefitType benefit, @Nullable VisitationCategory category, LocalDate day,
			boolean eligible) {
		var born = day.minusYears(age).minusDays(40);
		assertThat(rules.eligible(history(born, List.of(new Benefit(benefit, day.minusMonths(2), null)), category,
				day.minusMonths(2)), day)).isEqualTo(eligible);
	}

	@ParameterizedTest(name = "issued {0}, asked {1}: new orders {2}, in force {3}")
	@CsvSource({ "2026-11-22, 2026-11-22, true, true", "2026-12-31, 2026-12-31, true, true",
			"2026-06-01, 2027-01-01, false, false", "2027-01-04, 2027-01-04, false, false",
			"2018-01-15, 2018-09-03, true, true" })
	void theOrderIsExpectedToGoOnFirstJanuary2027(LocalDate issued, LocalDate asked, boolean newOrders,
			boolean inForce) {
		assertThat(rules.newOrdersAllowed(asked)).isEqualTo(newOrders);
		assertThat(rules.inForce(issued, asked)).isEqualTo(inForce);
	}

	@ParameterizedTest(name = "paid {0}, on {1}: spell from {2}, {3} weeks")
	@CsvSource(delimiter = '|', value = {
			"UDDANNELSESHJAELP 2024-01-15..2025-06-30, KONTANTHJAELP 2025-07-01.. | 2026-11-22 | 2024-01-15 | 149",
			"UDDANNELSESHJAELP 2024-01-15..2024-05-20, UDDANNELSESHJAELP 2024-07-01.. | 2025-06-30 | 2024-07-01 | 52",
			// a gap that holds no whole calendar month does not break the spell; all of June does
			"UDDANNELSESHJAELP 2024-01-15..2024-05-20, UDDANNELSESHJAELP 2024-06-25.. | 2025-06-30 | 2024-01-15 | 76",
			"UDDANNELSESHJAELP 2024-01-15..2024-05-31, UDDANNELSESHJAELP 2024-07-01.. | 2025-06-30 | 2024-07-01 | 52",
			"SYGEDAGPENGE 2024-01-15.. | 2025-06-30 | | 0" })
	void seniorityOnTheBenefit(String paid, LocalDate day, @Nullable LocalDate start, long weeks) {
		var history = history(day.minusYears(22), periods(paid), VisitationCategory.UDDANNELSESPARAT,
				LocalDate.of(2024, 1, 15));
		assertThat(Seniority.spellStart(history, day).orElse(null)).isEqualTo(start);
		assertThat(Seniority.weeks(history, day)).isEqualTo(weeks);
	}

	@Test
	void onlyTheTwoEducationReadyGroupsCount() {
		var day = LocalDate.of(2026, 11, 22);
		var paid = List.of(new Benefit(BenefitType.KONTANTHJAELP, day.minusYears(2), null));
		assertThat(Seniority.counts(history(day.minusYears(22), paid, VisitationCategory.UDDANNELSESPARAT,
				day.minusYears(2)), day, 52)).isTrue();
		assertThat(Seniority.counts(history(day.minusYears(22), paid, VisitationCategory.AKTIVITETSPARAT,
				day.minusYears(2)), day, 52)).isFalse();
		assertThat(Seniority.counts(history(day.minusYears(22), List.of(new Benefit(BenefitType.KONTANTHJAELP,
				day.minusWeeks(51), null)), VisitationCategory.AABENLYST_UDDANNELSESPARAT, day.minusWeeks(51)), day, 52))
			.isFalse();
	}

	/** A young person on one running period from a day, asked on a later day. */
	record Spell(long seed, LocalDate from, LocalDate asked, int age) {

		@Override
		public String toString() {
			return "seed " + seed + ": on the benefit from " + from + ", asked " + asked + ", " + age + " years";
		}

	}

	static Stream<Spell> spells() {
		var random = new Random(SEED);
		var spells = new ArrayList<Spell>();
		for (var i = 0; i < 80; i++) {
			var from = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(7 * 365));
			spells.add(new Spell(SEED, from, from.plusDays(random.nextInt(1200)), 16 + random.nextInt(18)));
		}
		return spells.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("spells")
	void aSingleSpellCountsItsWholeWeeksAndItsYoungPersonCountsFromWeek52(Spell s) {
		var history = history(s.asked().minusYears(s.age()).minusDays(1),
				List.of(new Benefit(BenefitType.UDDANNELSESHJAELP, s.from(), null)), VisitationCategory.UDDANNELSESPARAT,
				s.from());
		var days = java.time.temporal.ChronoUnit.DAYS.between(s.from(), s.asked()) + 1;
		assertThat(Seniority.weeks(history, s.asked())).as("%s", s).isEqualTo(days / 7);
		assertThat(Seniority.counts(history, s.asked(), 52)).as("%s", s).isEqualTo(days >= 364);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("spells")
	void theTargetGroupFollowsTheBenefitOfTheDayAndTheAgeUnderThirty(Spell s) {
		var history = history(s.asked().minusYears(s.age()).minusDays(1),
				List.of(new Benefit(BenefitType.UDDANNELSESHJAELP, s.from(), s.asked().plusDays(1))),
				VisitationCategory.UDDANNELSESPARAT, s.from());
		var expected = s.age() < 30 && s.asked().isBefore(LocalDate.of(2025, 7, 1));
		assertThat(rules.eligible(history, s.asked())).as("%s", s).isEqualTo(expected);
		assertThat(rules.inForce(s.from(), s.asked())).as("%s", s).isEqualTo(s.asked().isBefore(LocalDate.of(2027, 1, 1)));
	}

	private static CitizenHistory history(LocalDate born, List<Benefit> benefits,
			@Nullable VisitationCategory category, LocalDate visitedOn) {
		return new CitizenHistory(new CitizenId(UUID.randomUUID()), 851, new UnitId(UUID.randomUUID()), null, born,
				benefits, category == null ? List.of() : List.of(new Visitation(category, visitedOn)), null);
	}

	private static List<Benefit> periods(String text) {
		return java.util.Arrays.stream(text.split(","))
			.map(String::strip)
			.map(part -> {
				var words = part.split(" ");
				var days = words[1].split("\\.\\.");
				return new Benefit(BenefitType.valueOf(words[0]), LocalDate.parse(days[0]),
						days.length < 2 || days[1].isBlank() ? null : LocalDate.parse(days[1]));
			})
			.toList();
	}

}
