package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * The follow-up of a sickness-benefit case (sygedagpengeopfølgning) on a day, by the rules that
 * govern the case (anchored on the first day of absence):
 * <ul>
 * <li>the first follow-up no later than the end of week 8 from the first day of absence (SDL
 * § 13 b stk. 1), for categories 2 and 3 and while the category is not yet known;</li>
 * <li>a conversation within 2 weeks of a request for early follow-up (SDL § 13 b stk. 2);</li>
 * <li>at least the required number of conversations in the first half year (4; from the 2026
 * reform 1), the next planned one interval after the last;</li>
 * <li>employed people expected back within the exemption's weeks need no conversations, only
 * follow-up on recovery (L 74: 13 weeks; the 2026 reform: 26 weeks).</li>
 * </ul>
 *
 * @param exempt only follow-up on recovery
 * @param nextDue the day the next conversation is due by; null when none is due
 * @param required conversations required in the first half year
 * @param heldInHalfYear conversations held in the first half year
 * @param halfYearEnd the last day of the first half year
 */
public record FollowUpPlan(boolean exempt, @Nullable LocalDate nextDue, int required, int heldInHalfYear,
		LocalDate halfYearEnd) {

	/** The plan of a case on the day; {@code conversations} are the days conversations were held. */
	public static FollowUpPlan of(RehabRules rules, LocalDate firstDay, @Nullable VisitationCategory category,
			boolean employed, @Nullable Integer expectedWeeks, @Nullable LocalDate earlyRequest,
			List<LocalDate> conversations, @Nullable LocalDate closedOn, LocalDate today) {
		var halfYearEnd = RehabRules.lastDay(firstDay, java.time.Period.ofMonths(6));
		var held = conversations.stream().filter(day -> !day.isBefore(firstDay)).sorted().toList();
		var heldInHalfYear = (int) held.stream().filter(day -> !day.isAfter(halfYearEnd)).count();
		var categoryOne = category == VisitationCategory.SYGEDAGPENGE_KATEGORI_1;
		var required = categoryOne ? 0 : rules.sicknessNumber(RuleKind.SDP_FOLLOW_UPS_HALF_YEAR, firstDay, today).orElse(0);
		var exemptBelow = rules.sicknessNumber(RuleKind.SDP_EMPLOYED_EXEMPT_BELOW_WEEKS, firstDay, today);
		var exempt = employed && expectedWeeks != null && exemptBelow.isPresent()
				&& expectedWeeks < exemptBelow.getAsInt();
		if (closedOn != null && !closedOn.isAfter(today)) {
			return new FollowUpPlan(exempt, null, required, heldInHalfYear, halfYearEnd);
		}
		var candidates = new ArrayList<LocalDate>();
		if (earlyRequest != null && held.stream().noneMatch(day -> !day.isBefore(earlyRequest))) {
			rules.sickness(RuleKind.SDP_EARLY_FOLLOW_UP, firstDay, today)
				.ifPresent(period -> candidates.add(earlyRequest.plus(period)));
		}
		if (!exempt && !categoryOne) {
			if (held.isEmpty()) {
				rules.sickness(RuleKind.SDP_FIRST_FOLLOW_UP, firstDay, today)
					.ifPresent(period -> candidates.add(firstDay.plus(period).minusDays(1)));
			}
			else if (heldInHalfYear < required && !held.getLast().isAfter(halfYearEnd)) {
				var last = held.getLast();
				rules.sickness(RuleKind.SDP_FOLLOW_UP_INTERVAL, firstDay, today)
					.map(last::plus)
					.map(next -> next.isAfter(halfYearEnd) ? halfYearEnd : next)
					.ifPresent(candidates::add);
			}
		}
		var nextDue = candidates.stream().min(Comparator.naturalOrder()).orElse(null);
		return new FollowUpPlan(exempt, nextDue, required, heldInHalfYear, halfYearEnd);
	}

	/** Whether the next conversation is overdue on the day. */
	public boolean overdue(LocalDate today) {
		return nextDue != null && nextDue.isBefore(today);
	}

}
