package dk.jobvej.programme.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.Arm;
import dk.jobvej.programme.Clause;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.GrantRule;
import dk.jobvej.programme.VisitationGroup;
import dk.jobvej.programme.internal.Comparison;
import dk.jobvej.programme.internal.EffectEvaluation;
import dk.jobvej.programme.internal.Programme;
import dk.jobvej.programme.internal.Programmes;
import dk.jobvej.programme.internal.Reason;
import dk.jobvej.programme.internal.StatusReport;

import org.jspecify.annotations.Nullable;

/** What the programme API answers. */
final class ProgrammeJson {

	private ProgrammeJson() {
	}

	record Created(UUID id) {
	}

	record ProgrammeView(UUID id, String code, String name, String methods, LocalDate startsOn, LocalDate endsOn,
			LocalDate selectionOn, boolean randomised, boolean visitationGroups, long budgetBase, long budgetActivity,
			String source, List<Clause> clauses, @Nullable GrantRule grantRule) {

		static ProgrammeView of(Programme programme) {
			var d = programme.definition();
			return new ProgrammeView(programme.id().value(), d.code(), d.name(), d.methods(), d.startsOn(), d.endsOn(),
					d.selectionOn(), d.randomised(), d.visitationGroups(), d.budgetBase(), d.budgetActivity(), d.source(),
					d.clauses(), d.grantRule());
		}

	}

	record Selected(int members) {
	}

	record ReasonView(String code, String argument, String text) {
	}

	record Qualified(UUID citizen, int clause, String stratum, @Nullable Arm arm, List<ReasonView> reasons) {
	}

	record NearMiss(UUID citizen, List<ReasonView> reasons) {
	}

	record Selection(Instant selectedAt, String selectedBy, int assessed, List<Qualified> members,
			List<NearMiss> nearMisses) {
	}

	record Randomisation(long seed, boolean stratified, int participants, int controls, String inputHash,
			String allocationHash, Instant randomisedAt, String randomisedBy, boolean intact, boolean inputIntact,
			boolean storedIntact, boolean reproduced, int differing) {

		static Randomisation of(Programmes.Verification v) {
			var run = v.run();
			return new Randomisation(run.seed(), run.stratified(), run.participants(), run.members() - run.participants(),
					run.inputHash(), run.allocationHash(), run.randomisedAt(), run.randomisedBy(), v.intact(),
					v.inputIntact(), v.storedIntact(), v.reproduced(), v.differing());
		}

	}

	record Lack(UUID citizen, String name, boolean plan, boolean cv, boolean mediator) {
	}

	record Lacking(int groupOne, int lackingPlan, int lackingCv, int lackingMediator, List<Lack> mine) {
	}

	record GrantEntry(UUID citizen, String kind, LocalDate earnedOn, long amount, OfferType type) {
	}

	record Grants(@Nullable GrantTotals totals, List<GrantEntry> entries) {
	}

	/** The grant ledger's totals against the budget, in whole kroner. */
	record GrantTotals(int starts, long startAmount, int completions, long completionAmount, long earned, long base,
			long ceiling, long frame, long payable, long received, long outstanding, long headroom) {

		static @Nullable GrantTotals of(StatusReport.@Nullable Grants g) {
			return g == null ? null
					: new GrantTotals(g.starts(), g.startAmount(), g.completions(), g.completionAmount(), g.earned(),
							g.base(), g.ceiling(), g.frame(), g.payable(), g.received(), g.outstanding(), g.headroom());
		}

	}

	record Status(UUID programme, LocalDate asOf, int members, int cohort, Map<String, Integer> cohortByStratum,
			int started, long startedPercent, Map<OfferType, Integer> startedByType, int completed,
			long completedPercent, Map<OfferType, Integer> completedByType, Map<ExitDestination, Integer> exits,
			int movedAway, List<UnitGroups> units, @Nullable GrantTotals grants, StatusReport.Lacking lacking) {

		static Status of(StatusReport r) {
			return new Status(r.programme().id().value(), r.asOf(), r.members(), r.cohort(), r.cohortByStratum(),
					r.startedTotal(), r.percent(r.startedTotal()), r.started(), r.completedTotal(),
					r.percent(r.completedTotal()), r.completed(), r.exits(), r.movedAway(),
					r.units().stream().map(UnitGroups::of).toList(), GrantTotals.of(r.grants()), r.lacking());
		}

	}

	record UnitGroups(String unit, int members, Map<VisitationGroup, Integer> groups,
			Map<VisitationGroup, Long> percent, int notVisited) {

		static UnitGroups of(StatusReport.UnitGroups u) {
			var percent = new java.util.EnumMap<VisitationGroup, Long>(VisitationGroup.class);
			for (var group : VisitationGroup.values()) {
				percent.put(group, u.percent(group));
			}
			return new UnitGroups(u.unit(), u.members(), u.groups(), percent, u.notVisited());
		}

	}

	record Evaluation(LocalDate from, LocalDate to, int leftOut, Comparison hours, Comparison selfSufficiency,
			List<EffectEvaluation.Quarter> quarters, String explanation) {
	}

	static List<ReasonView> reasons(List<Reason> reasons, java.util.function.Function<Reason, String> text) {
		return reasons.stream().map(reason -> new ReasonView(reason.code(), reason.argument(), text.apply(reason))).toList();
	}

}
