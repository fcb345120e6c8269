package dk.jobvej.programme.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.VisitationGroup;

import org.jspecify.annotations.Nullable;

/**
 * The programme's status as the committee papers of seeds 000, 001 and 004 give it.
 *
 * @param cohort the members counted: the participants of a randomised trial, else the whole gross
 * target group
 * @param cohortByStratum the cohort by benefit on the selection day
 * @param started members who started a continuous course of the course weeks, by the first offer's type
 * @param completed members who completed the course weeks at the same company, by type
 * @param exits members who left, by destination
 * @param movedAway members no longer in the municipality's register (they left the programme)
 * @param units the visitation groups per unit
 * @param grants the grant ledger reconciled with the budget; null without a grant rule
 */
public record StatusReport(Programme programme, LocalDate asOf, Records.@Nullable Selection selection,
		Records.@Nullable AllocationRun allocation, int members, int cohort, Map<String, Integer> cohortByStratum,
		Map<OfferType, Integer> started, Map<OfferType, Integer> completed, Map<ExitDestination, Integer> exits,
		int movedAway, List<UnitGroups> units, @Nullable Grants grants, Lacking lacking) {

	public int startedTotal() {
		return started.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int completedTotal() {
		return completed.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int exitsTotal() {
		return exits.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int flexJob() {
		return exits.getOrDefault(ExitDestination.FLEX_JOB_EMPLOYED, 0)
				+ exits.getOrDefault(ExitDestination.FLEX_JOB_AWAITING, 0);
	}

	/** A share of the cohort in whole percent, rounded half up. */
	public long percent(int count) {
		return cohort == 0 ? 0 : Math.round(100.0 * count / cohort);
	}

	/** The visitation groups of a unit's members still in the programme. */
	public record UnitGroups(String unit, int members, Map<VisitationGroup, Integer> groups, int notVisited) {

		public long percent(VisitationGroup group) {
			return members == 0 ? 0 : Math.round(100.0 * groups.getOrDefault(group, 0) / members);
		}

	}

	/**
	 * The grant ledger against the budget: what the starts and completions have earned, what can be
	 * paid (at most the activity-dependent ceiling), what has been received and what is outstanding.
	 */
	public record Grants(int starts, long startAmount, int completions, long completionAmount, long earned,
			long base, long ceiling, long payable, long received, List<Records.Payment> payments) {

		public long outstanding() {
			return payable - received;
		}

		public long headroom() {
			return ceiling - payable;
		}

		public long frame() {
			return base + ceiling;
		}

	}

	/** Group 1 members still in the programme and how many lack a plan, a CV or a job mediator. */
	public record Lacking(int groupOne, int plan, int cv, int mediator) {
	}

}
