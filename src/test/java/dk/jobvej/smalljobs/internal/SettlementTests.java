package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payment by results, computed from the rules (data) and what happened, against examples worked by hand.
 *
 * <p>The rules: a match (small job started) 3,000 kr.; mentor support 400 kr. a week with hours, 450 kr. from
 * 15 March 2025; a clarification (preparation ended) 2,000 kr.; still in the job 13 weeks after the start
 * 5,000 kr. (results); a direct hire 10,000 kr. (results).
 */
class SettlementTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	private static final List<ResultRule> RULES = List.of(
			new ResultRule(ResultKind.MATCH, LocalDate.of(2025, 1, 1), new BigDecimal("3000"), null, false),
			new ResultRule(ResultKind.MENTOR_WEEK, LocalDate.of(2025, 1, 1), new BigDecimal("400"), null, false),
			new ResultRule(ResultKind.MENTOR_WEEK, LocalDate.of(2025, 3, 15), new BigDecimal("450"), null, false),
			new ResultRule(ResultKind.CLARIFICATION, LocalDate.of(2025, 1, 1), new BigDecimal("2000"), null, false),
			new ResultRule(ResultKind.RETAINED, LocalDate.of(2025, 1, 1), new BigDecimal("5000"), 13, true),
			new ResultRule(ResultKind.DIRECT_HIRE, LocalDate.of(2025, 1, 1), new BigDecimal("10000"), null, true));

	private final UUID anna = UUID.randomUUID();

	private final UUID annasJob = UUID.randomUUID();

	private final UUID bo = UUID.randomUUID();

	private final UUID bosJob = UUID.randomUUID();

	/**
	 * Anna: preparation 3-28 February, small job from 3 March, hours in the weeks of 3, 10, 17 and 24 March
	 * and 31 March (Thursday 3 April), still there 13 weeks later (2 June). Bo: referred, preparation 3-21
	 * March, small job from 24 March, hired directly by the company on 19 May, hours in the weeks of 24 March
	 * and 12 and 19 May.
	 */
	private List<Settlement.Course> courses() {
		var annasWeeks = List.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17),
				LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 31));
		var bosWeeks = List.of(LocalDate.of(2025, 3, 24), LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 19));
		return List.of(
				new Settlement.Course(anna, LocalDate.of(2025, 2, 28),
						List.of(new Settlement.Job(annasJob, LocalDate.of(2025, 3, 3), null, null, annasWeeks))),
				new Settlement.Course(bo, LocalDate.of(2025, 3, 21), List.of(new Settlement.Job(bosJob,
						LocalDate.of(2025, 3, 24), LocalDate.of(2025, 5, 19), EndReason.DIRECT_HIRE, bosWeeks))));
	}

	@Test
	void februaryPaysAnnasClarification() {
		var february = Settlement.of(YearMonth.of(2025, 2), TODAY, RULES, courses());

		assertThat(february.lines()).extracting(Settlement.Line::kind).containsExactly(ResultKind.CLARIFICATION);
		assertThat(february.total()).isEqualByComparingTo("2000");
		assertThat(february.resultsBased()).isEqualByComparingTo("0");
	}

	/**
	 * March: two matches 2 × 3,000; Bo's clarification 2,000; mentor weeks by their Thursdays: Anna 6 and 13
	 * March at 400 (before the 15 March rule), 20 and 27 March at 450; Bo 27 March at 450. Anna's week of 31
	 * March has its Thursday on 3 April, so it is April's. 6,000 + 2,000 + 800 + 900 + 450 = 10,150.
	 */
	@Test
	void marchPaysMatchesClarificationAndMentorWeeksByTheRuleInForce() {
		var march = Settlement.of(YearMonth.of(2025, 3), TODAY, RULES, courses());

		assertThat(march.total()).isEqualByComparingTo("10150");
		assertThat(march.fixed()).isEqualByComparingTo("10150");
		assertThat(march.lines()).filteredOn(line -> line.kind() == ResultKind.MENTOR_WEEK)
			.extracting(line -> line.amount().intValue())
			.containsExactly(400, 400, 450, 450, 450);
	}

	/** April: Anna's week of 31 March (Thursday 3 April) at 450. */
	@Test
	void aWeekBelongsToTheMonthOfItsThursday() {
		var april = Settlement.of(YearMonth.of(2025, 4), TODAY, RULES, courses());

		assertThat(april.lines()).singleElement().satisfies(line -> {
			assertThat(line.kind()).isEqualTo(ResultKind.MENTOR_WEEK);
			assertThat(line.on()).isEqualTo(LocalDate.of(2025, 4, 3));
			assertThat(line.reference()).isEqualTo(annasJob);
		});
	}

	/**
	 * May: Bo's weeks of 12 and 19 May (450 each) and his direct hire on 19 May (10,000, results); Bo would
	 * have reached 13 weeks on 23 June but left on 19 May, so no retention for him. 900 + 10,000 = 10,900.
	 */
	@Test
	void mayPaysTheDirectHireAsAResult() {
		var may = Settlement.of(YearMonth.of(2025, 5), TODAY, RULES, courses());

		assertThat(may.total()).isEqualByComparingTo("10900");
		assertThat(may.resultsBased()).isEqualByComparingTo("10000");
		assertThat(may.fixed()).isEqualByComparingTo("900");
	}

	/** June: Anna is still in the job 13 weeks after 3 March, on 2 June: 5,000 (results). */
	@Test
	void junePaysAnnasRetentionAfterThirteenWeeks() {
		var june = Settlement.of(YearMonth.of(2025, 6), TODAY, RULES, courses());

		assertThat(june.lines()).singleElement().satisfies(line -> {
			assertThat(line.kind()).isEqualTo(ResultKind.RETAINED);
			assertThat(line.on()).isEqualTo(LocalDate.of(2025, 6, 2));
			assertThat(line.amount()).isEqualByComparingTo("5000");
			assertThat(line.resultsBased()).isTrue();
		});
	}

	@Test
	void nothingAfterTodayIsPaidAndAKindWithoutARuleIsNotPaid() {
		var early = Settlement.of(YearMonth.of(2025, 6), LocalDate.of(2025, 6, 1), RULES, courses());
		var withoutRetention = Settlement.of(YearMonth.of(2025, 6), TODAY,
				RULES.stream().filter(rule -> rule.kind() != ResultKind.RETAINED).toList(), courses());

		assertThat(early.lines()).isEmpty();
		assertThat(withoutRetention.lines()).isEmpty();
	}

	@Test
	void aRuleFromALaterDayDoesNotPayEarlierEvents() {
		var lateRules = List.of(
				new ResultRule(ResultKind.MATCH, LocalDate.of(2025, 3, 10), new BigDecimal("3000"), null, false));

		var march = Settlement.of(YearMonth.of(2025, 3), TODAY, lateRules, courses());

		assertThat(march.lines()).singleElement().satisfies(line -> assertThat(line.reference()).isEqualTo(bosJob));
	}

}
