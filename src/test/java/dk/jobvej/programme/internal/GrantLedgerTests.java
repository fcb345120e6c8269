package dk.jobvej.programme.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.GrantRule;
import dk.jobvej.programme.Placement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JobFirst's activity-based grant (seed 001, footnote 1): 6,000 kr. for starting a continuous
 * 13-week course of internship, wage subsidy or ordinary employment; 10,000 kr. for completing 13
 * continuous weeks at the same company; at most 16,000 kr. per citizen.
 */
class GrantLedgerTests {

	static final GrantRule JOBFIRST = new GrantRule(6_000, 10_000, 16_000, 13, EnumSet.of(OfferType.VIRKSOMHEDSPRAKTIK,
			OfferType.LOENTILSKUD_PRIVAT, OfferType.LOENTILSKUD_OFFENTLIG, OfferType.ORDINAERE_TIMER));

	static final LocalDate START = LocalDate.of(2016, 3, 1);

	static final LocalDate END = LocalDate.of(2017, 12, 31);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final CitizenId CITIZEN = new CitizenId(UUID.fromString("00000000-0000-4000-8000-000000000001"));

	static Placement internship(String company, LocalDate start, LocalDate plannedEnd, LocalDate ended) {
		return new Placement(CITIZEN, OfferType.VIRKSOMHEDSPRAKTIK, company, start, plannedEnd, ended);
	}

	@Test
	void thirteenWeeksAtOneCompanyEarnsSixteenThousand() {
		var start = LocalDate.of(2016, 5, 2);
		var entries = GrantLedger.compute(JOBFIRST, START, END, TODAY,
				List.of(internship("Bilka", start, start.plusWeeks(13).minusDays(1), start.plusWeeks(13).minusDays(1))));
		assertThat(entries).extracting(GrantLedger.Entry::kind, GrantLedger.Entry::amount, GrantLedger.Entry::earnedOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(GrantLedger.Kind.START, 6_000L, start),
					org.assertj.core.groups.Tuple.tuple(GrantLedger.Kind.COMPLETION, 10_000L, start.plusDays(90)));
	}

	@Test
	void oneDayShortOfThirteenWeeksEarnsOnlyTheStart() {
		var start = LocalDate.of(2016, 5, 2);
		var entries = GrantLedger.compute(JOBFIRST, START, END, TODAY,
				List.of(internship("Bilka", start, start.plusWeeks(13).minusDays(1), start.plusDays(89))));
		assertThat(entries).extracting(GrantLedger.Entry::kind).containsExactly(GrantLedger.Kind.START);
	}

	@Test
	void aCoursePlannedShorterThanThirteenWeeksEarnsNothing() {
		var start = LocalDate.of(2016, 5, 2);
		var entries = GrantLedger.compute(JOBFIRST, START, END, TODAY,
				List.of(internship("Bilka", start, start.plusWeeks(8), start.plusWeeks(8))));
		assertThat(entries).isEmpty();
	}

	@Test
	void thirteenWeeksSplitOverTwoCompaniesStartButDoNotComplete() {
		var start = LocalDate.of(2016, 5, 2);
		var middle = start.plusWeeks(7);
		var entries = GrantLedger.compute(JOBFIRST, START, END, TODAY, List.of(
				internship("Bilka", start, middle.minusDays(1), middle.minusDays(1)),
				internship("ISS", middle, start.plusWeeks(14), start.plusWeeks(14))));
		assertThat(entries).extracting(GrantLedger.Entry::kind).containsExactly(GrantLedger.Kind.START);
	}

	@Test
	void thirteenWeeksOverTwoPlacementsAtTheSameCompanyComplete() {
		var start = LocalDate.of(2016, 5, 2);
		var middle = start.plusWeeks(7);
		var entries = GrantLedger.compute(JOBFIRST, START, END, TODAY, List.of(
				internship("cvr:35954716", start, middle.minusDays(1), middle.minusDays(1)),
				new Placement(CITIZEN, OfferType.LOENTILSKUD_PRIVAT, "cvr:35954716", middle, start.plusWeeks(20), null)));
		assertThat(entries).extracting(GrantLedger.Entry::kind)
			.containsExactly(GrantLedger.Kind.START, GrantLedger.Kind.COMPLETION);
		assertThat(entries.get(1).earnedOn()).isEqualTo(start.plusDays(90));
	}

	@Test
	void employerPlacementsCountAsTheirOfferTypesAndFlexJobsNot() {
		assertThat(EmployerPlacements.type(dk.jobvej.employer.PlacementType.VIRKSOMHEDSPRAKTIK))
			.isEqualTo(OfferType.VIRKSOMHEDSPRAKTIK);
		assertThat(EmployerPlacements.type(dk.jobvej.employer.PlacementType.LOENTILSKUD)).isEqualTo(OfferType.LOENTILSKUD_PRIVAT);
		assertThat(EmployerPlacements.type(dk.jobvej.employer.PlacementType.ORDINAERT_JOB)).isEqualTo(OfferType.ORDINAERE_TIMER);
		assertThat(EmployerPlacements.type(dk.jobvej.employer.PlacementType.FLEKSJOB)).isNull();
	}

	@Test
	void aCompletionAfterTheProgrammeEndedEarnsNothing() {
		var start = END.minusWeeks(6);
		var entries = GrantLedger.compute(JOBFIRST, START, END, TODAY,
				List.of(internship("Bilka", start, start.plusWeeks(20), start.plusWeeks(20))));
		assertThat(entries).extracting(GrantLedger.Entry::kind).containsExactly(GrantLedger.Kind.START);
	}

	static Stream<Object[]> placements() {
		var seed = 16_000L;
		var random = new Random(seed);
		return IntStream.range(0, 80).mapToObj(i -> {
			var list = new ArrayList<Placement>();
			var count = 1 + random.nextInt(5);
			var day = START.minusDays(60).plusDays(random.nextInt(700));
			for (var k = 0; k < count; k++) {
				var planned = day.plusDays(14 + random.nextInt(200));
				var ended = random.nextBoolean() ? planned : day.plusDays(random.nextInt(200));
				var type = OfferType.values()[random.nextInt(6)];
				list.add(new Placement(CITIZEN, type, "c" + random.nextInt(3), day, random.nextInt(10) == 0 ? null : planned,
						random.nextInt(10) == 0 ? null : ended));
				day = day.plusDays(random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 30 + random.nextInt(200));
			}
			return new Object[] { seed, i, list };
		});
	}

	@ParameterizedTest(name = "seed {0} case {1}")
	@MethodSource("placements")
	void theGrantRuleHoldsForAnyPlacements(long seed, int n, List<Placement> placements) {
		var entries = GrantLedger.compute(JOBFIRST, START, END, TODAY, placements);
		var message = "seed " + seed + " case " + n + ": " + placements;
		assertThat(entries.stream().mapToLong(GrantLedger.Entry::amount).sum()).as(message).isLessThanOrEqualTo(16_000);
		assertThat(entries.stream().filter(e -> e.kind() == GrantLedger.Kind.START)).as(message).hasSizeLessThanOrEqualTo(1);
		assertThat(entries.stream().filter(e -> e.kind() == GrantLedger.Kind.COMPLETION)).as(message).hasSizeLessThanOrEqualTo(1);
		for (var entry : entries) {
			assertThat(JOBFIRST.offerTypes()).as(message).contains(entry.type());
			assertThat(entry.earnedOn()).as(message).isBetween(START, END);
			if (entry.kind() == GrantLedger.Kind.COMPLETION) {
				var atOneCompany = placements.stream()
					.filter(p -> JOBFIRST.offerTypes().contains(p.type()))
					.anyMatch(p -> !p.start().isBefore(START) && ranAtLeast(p, 91));
				var chained = placements.stream().filter(p -> JOBFIRST.offerTypes().contains(p.type())).count() > 1;
				assertThat(atOneCompany || chained).as(message).isTrue();
			}
		}
		var started = entries.stream().anyMatch(e -> e.kind() == GrantLedger.Kind.START);
		var singleLongStart = placements.stream()
			.filter(p -> JOBFIRST.offerTypes().contains(p.type()) && !p.start().isBefore(START) && !p.start().isAfter(END))
			.anyMatch(p -> p.plannedEnd() == null || ChronoUnit.DAYS.between(p.start(), p.plannedEnd()) >= 90);
		if (singleLongStart) {
			assertThat(started).as(message).isTrue();
		}
	}

	private static boolean ranAtLeast(Placement p, int days) {
		var last = p.lastDay() == null ? TODAY : p.lastDay();
		return ChronoUnit.DAYS.between(p.start(), last) + 1 >= days;
	}

	@Test
	void theCapLimitsTheCompletionWhenTheStartTookMostOfIt() {
		var rule = new GrantRule(6_000, 10_000, 12_000, 13, EnumSet.of(OfferType.VIRKSOMHEDSPRAKTIK));
		var start = LocalDate.of(2016, 5, 2);
		var entries = GrantLedger.compute(rule, START, END, TODAY,
				List.of(internship("Bilka", start, start.plusWeeks(20), start.plusWeeks(20))));
		assertThat(entries).extracting(GrantLedger.Entry::amount).containsExactly(6_000L, 6_000L);
	}

}
