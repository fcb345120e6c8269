package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dk.jobvej.citizen.VisitationCategory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up of a sickness-benefit case, worked out by hand. First day of absence Monday 5
 * January 2026: the end of week 8 is Sunday 1 March, the first half year ends 4 July. On 1 July
 * 2026 the reform (U) switches running cases: one conversation in the half year, and employed
 * people expecting under 26 weeks are exempt (13 weeks under L 74 before that).
 */
class FollowUpPlanTests {

	private final RehabRules rules = MigrationRules.rules();

	@ParameterizedTest(name = "category {0}, employed {1}, {2} weeks expected, held [{3}], request {4}, on {5}: next {6}")
	@CsvSource(delimiter = '|', value = {
			// no conversation yet: the end of week 8
			"2 | true  | 30 |                              |            | 2026-01-20 | 2026-03-01 | false | 4 | 0",
			"  | false |    |                              |            | 2026-01-20 | 2026-03-01 | false | 4 | 0",
			"3 | false |    |                              |            | 2026-03-05 | 2026-03-01 | false | 4 | 0",
			// employed and back within 13 weeks (L 74): only follow-up on recovery
			"2 | true  | 10 |                              |            | 2026-01-20 |            | true  | 4 | 0",
			// category 1: no statutory conversations (and employed, back within 13 weeks: exempt), but a
			// request for early follow-up still gives a conversation within 2 weeks
			"1 | true  | 6  |                              |            | 2026-01-20 |            | true  | 0 | 0",
			"1 | true  | 6  |                              | 2026-01-12 | 2026-01-20 | 2026-01-26 | true  | 0 | 0",
			"1 | false |    |                              |            | 2026-01-20 |            | false | 0 | 0",
			// held conversations: the next one 4 weeks after the last, inside the half year
			"2 | true  | 30 | 2026-02-10                   |            | 2026-02-20 | 2026-03-10 | false | 4 | 1",
			"2 | true  | 30 | 2026-02-10,2026-03-10,2026-04-07 |        | 2026-06-20 | 2026-05-05 | false | 4 | 3",
			"2 | true  | 30 | 2026-02-10,2026-03-10,2026-06-20 |        | 2026-06-25 | 2026-07-04 | false | 4 | 3",
			// the reform switches the running case: one conversation is enough, under 26 weeks is exempt
			"2 | true  | 30 | 2026-02-10,2026-03-10,2026-04-07 |        | 2026-07-02 |            | false | 1 | 3",
			"2 | true  | 20 |                              |            | 2026-07-10 |            | true  | 1 | 0",
			"2 | false | 20 |                              |            | 2026-07-10 | 2026-03-01 | false | 1 | 0" })
	void theNextConversation(String category, boolean employed, Integer expected, String held, LocalDate request,
			LocalDate today, LocalDate next, boolean exempt, int required, int heldInHalfYear) {
		var first = LocalDate.of(2026, 1, 5);
		var plan = FollowUpPlan.of(rules, first, category(category), employed, expected, request, days(held), null,
				today);

		assertThat(plan.nextDue()).isEqualTo(next);
		assertThat(plan.exempt()).isEqualTo(exempt);
		assertThat(plan.required()).isEqualTo(required);
		assertThat(plan.heldInHalfYear()).isEqualTo(heldInHalfYear);
		assertThat(plan.halfYearEnd()).isEqualTo(LocalDate.of(2026, 7, 4));
	}

	@org.junit.jupiter.api.Test
	void aClosedCaseHasNothingDue() {
		var plan = FollowUpPlan.of(rules, LocalDate.of(2026, 1, 5), null, true, 30, null, List.of(),
				LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 1));
		assertThat(plan.nextDue()).isNull();
	}

	private static VisitationCategory category(String number) {
		return number == null || number.isBlank() ? null
				: VisitationCategory.valueOf("SYGEDAGPENGE_KATEGORI_" + number.strip());
	}

	private static List<LocalDate> days(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split(",")).map(String::strip).map(LocalDate::parse).toList();
	}

}
