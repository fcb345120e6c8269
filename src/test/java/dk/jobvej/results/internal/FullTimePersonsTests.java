package dk.jobvej.results.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory.Benefit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dk.jobvej.citizen.BenefitType.A_DAGPENGE;
import static dk.jobvej.citizen.BenefitType.FLEKSJOB;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Full-time persons worked out by hand: a person's part of a month is the days with the benefit
 * divided by the days of the month; persons add up; benefits are counted each on their own.
 */
class FullTimePersonsTests {

	private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

	@Test
	void aWholeMonthIsOneFullTimePerson() {
		var table = count(2024, List.of(benefit(KONTANTHJAELP, "2024-03-01", "2024-03-31")));

		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 3))).isEqualTo(1.0);
		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 2))).isZero();
		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 4))).isZero();
	}

	@Test
	void partOfAMonthIsItsShareOfTheMonthsDays() {
		// 11 to 30 April 2023: 20 of April's 30 days.
		var table = count(2023, List.of(benefit(A_DAGPENGE, "2023-04-11", "2023-04-30")));

		assertThat(table.of(A_DAGPENGE, YearMonth.of(2023, 4))).isCloseTo(20.0 / 30, within(1e-12));
	}

	@Test
	void februaryHas29DaysInALeapYear() {
		// The first 14 days of February: 14/29 in 2024 (leap year), 14/28 in 2023.
		var leap = count(2024, List.of(benefit(SYGEDAGPENGE, "2024-02-01", "2024-02-14")));
		var common = count(2023, List.of(benefit(SYGEDAGPENGE, "2023-02-01", "2023-02-14")));

		assertThat(leap.of(SYGEDAGPENGE, YearMonth.of(2024, 2))).isCloseTo(0.482758620, within(1e-9));
		assertThat(common.of(SYGEDAGPENGE, YearMonth.of(2023, 2))).isEqualTo(0.5);
	}

	@Test
	void aPeriodAcrossAMonthEndCountsInBothMonths() {
		// 20 January to 10 February 2024: 12 of 31 days, then 10 of 29.
		var table = count(2024, List.of(benefit(KONTANTHJAELP, "2024-01-20", "2024-02-10")));

		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 1))).isCloseTo(12.0 / 31, within(1e-12));
		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 2))).isCloseTo(10.0 / 29, within(1e-12));
	}

	@Test
	void differentBenefitsAtTheSameTimeCountInEachWithoutOverlapTreatment() {
		// A flex job all of January and sick pay 1-15 January: 1 + 15/31 full-time persons in all.
		var table = count(2024, List.of(benefit(FLEKSJOB, "2024-01-01", "2024-01-31"),
				benefit(SYGEDAGPENGE, "2024-01-01", "2024-01-15")));

		assertThat(table.of(FLEKSJOB, YearMonth.of(2024, 1))).isEqualTo(1.0);
		assertThat(table.of(SYGEDAGPENGE, YearMonth.of(2024, 1))).isCloseTo(15.0 / 31, within(1e-12));
		assertThat(table.total(YearMonth.of(2024, 1))).isCloseTo(1 + 15.0 / 31, within(1e-12));
	}

	@Test
	void overlappingPeriodsOfTheSameBenefitCountEachDayOnce() {
		// 1-20 and 10-31 January cover all 31 days once: 1, not 51/31.
		var table = count(2024, List.of(benefit(A_DAGPENGE, "2024-01-01", "2024-01-20"),
				benefit(A_DAGPENGE, "2024-01-10", "2024-01-31")));

		assertThat(table.of(A_DAGPENGE, YearMonth.of(2024, 1))).isEqualTo(1.0);
	}

	@Test
	void aRunningPeriodCountsUpToTheDayOfCounting() {
		// From 1 May 2024, still running on 10 May: 10 of May's 31 days; June not yet.
		var calculator = new FullTimePersons(YearMonth.of(2024, 1), YearMonth.of(2024, 12), LocalDate.of(2024, 5, 10));
		calculator.add(List.of(benefit(KONTANTHJAELP, "2024-05-01", null)));

		var table = calculator.table();

		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 5))).isCloseTo(10.0 / 31, within(1e-12));
		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 6))).isZero();
	}

	@Test
	void personsAddUp() {
		var calculator = new FullTimePersons(YearMonth.of(2024, 1), YearMonth.of(2024, 12), LATER);
		calculator.add(List.of(benefit(KONTANTHJAELP, "2023-06-01", null)));
		calculator.add(List.of(benefit(KONTANTHJAELP, "2024-01-01", "2024-12-31")));
		calculator.add(List.of(benefit(KONTANTHJAELP, "2024-03-16", "2024-03-31")));

		var table = calculator.table();

		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 1))).isEqualTo(2.0);
		assertThat(table.of(KONTANTHJAELP, YearMonth.of(2024, 3))).isCloseTo(2 + 16.0 / 31, within(1e-12));
		assertThat(calculator.persons()).isEqualTo(3);
		assertThat(calculator.periods()).isEqualTo(3);
	}

	@Test
	void aYearWeighsItsMonthsByTheirDays() {
		// 26 weeks, Monday 1 January to Sunday 30 June 2024: 182 of the leap year's 366 days.
		// (jobindsats' example "26 of 52 weeks = 0.5" holds for a 364-day period.)
		var table = count(2024, List.of(benefit(A_DAGPENGE, "2024-01-01", "2024-06-30")));

		assertThat(table.year(A_DAGPENGE, 2024)).isCloseTo(182.0 / 366, within(1e-12));
		assertThat(count(2023, List.of(benefit(A_DAGPENGE, "2023-01-01", "2023-12-31"))).year(A_DAGPENGE, 2023))
			.isCloseTo(1.0, within(1e-12));
	}

	@Test
	void periodsOutsideTheCountedMonthsCountNothing() {
		var table = count(2024, List.of(benefit(KONTANTHJAELP, "2019-01-01", "2023-12-31"),
				benefit(A_DAGPENGE, "2025-01-01", null)));

		assertThat(table.monthList()).hasSize(12);
		for (var month : table.monthList()) {
			assertThat(table.total(month)).isZero();
		}
	}

	/** The same figures as counting every day of every person one by one. */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void agreesWithCountingDayByDay(long seed) {
		var random = new Random(seed);
		var first = YearMonth.of(2019 + random.nextInt(4), 1 + random.nextInt(12));
		var last = first.plusMonths(random.nextInt(30));
		var asOf = last.atDay(1).plusDays(random.nextInt(60) - 30);
		var calculator = new FullTimePersons(first, last, asOf);
		var people = new ArrayList<List<Benefit>>();
		for (var p = 0; p < 30; p++) {
			var benefits = new ArrayList<Benefit>();
			for (var b = 0; b < 1 + random.nextInt(4); b++) {
				var type = BenefitType.values()[random.nextInt(4)];
				var from = first.atDay(1).minusDays(60).plusDays(random.nextInt(900));
				var to = random.nextInt(5) == 0 ? null : from.plusDays(random.nextInt(200));
				benefits.add(new Benefit(type, from, to));
			}
			people.add(benefits);
			calculator.add(benefits);
		}

		var table = calculator.table();

		for (var type : BenefitType.values()) {
			for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
				var days = 0;
				for (var benefits : people) {
					var covered = new HashSet<LocalDate>();
					for (var benefit : benefits) {
						if (benefit.type() != type) {
							continue;
						}
						for (var day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
							var end = benefit.to() == null ? asOf : benefit.to();
							if (!day.isBefore(benefit.from()) && !day.isAfter(end) && !day.isAfter(asOf)) {
								covered.add(day);
							}
						}
					}
					days += covered.size();
				}
				assertThat(table.of(type, month)).as("seed %d, %s %s", seed, type, month)
					.isCloseTo((double) days / month.lengthOfMonth(), within(1e-9));
			}
		}
	}

	static Stream<Long> seeds() {
		var seeds = new Random(649095L);
		return Stream.generate(seeds::nextLong).limit(40);
	}

	private static FteTable count(int year, List<Benefit> benefits) {
		var calculator = new FullTimePersons(YearMonth.of(year, 1), YearMonth.of(year, 12), LATER);
		calculator.add(benefits);
		return calculator.table();
	}

	private static Benefit benefit(BenefitType type, String from, String to) {
		return new Benefit(type, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
	}

}
