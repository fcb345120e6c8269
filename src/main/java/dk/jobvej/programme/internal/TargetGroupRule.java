package dk.jobvej.programme.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.programme.Clause;

import org.jspecify.annotations.Nullable;

/**
 * A programme's target-group rule (målgruppe): clauses of conditions, as data, evaluated against a
 * citizen's benefit history on the selection day. It says who qualifies and why, and who narrowly
 * did not: failed by one condition only, and by a little (see {@link Narrow}).
 */
record TargetGroupRule(List<Clause> clauses, Narrow narrow) {

	TargetGroupRule {
		clauses = List.copyOf(clauses);
	}

	/**
	 * How near a miss must be to count as narrow: a break at most {@code extraBreakDays} longer
	 * than tolerated, support at most {@code supportShortDays} short, or an age at most
	 * {@code ageShortYears} under.
	 */
	record Narrow(int extraBreakDays, int supportShortDays, int ageShortYears) {

		static final Narrow DEFAULT = new Narrow(14, 92, 1);

	}

	/** The outcome for one citizen. */
	record Assessment(boolean qualifies, boolean narrowMiss, int clause, @Nullable BenefitType benefit,
			List<Reason> reasons) {

		static final Assessment NOT_CONCERNED = new Assessment(false, false, -1, null, List.of());

	}

	/**
	 * The first clause the citizen meets; otherwise the nearest miss (a narrow one first) with the
	 * failed conditions first in its reasons; {@link Assessment#NOT_CONCERNED} for a citizen on none
	 * of the rule's benefits.
	 */
	Assessment assess(CitizenHistory history, LocalDate day) {
		Assessment nearest = Assessment.NOT_CONCERNED;
		for (var i = 0; i < clauses.size(); i++) {
			var outcome = assess(clauses.get(i), i, history, day);
			if (outcome.qualifies()) {
				return outcome;
			}
			if (outcome != Assessment.NOT_CONCERNED && (nearest == Assessment.NOT_CONCERNED
					|| outcome.narrowMiss() && !nearest.narrowMiss())) {
				nearest = outcome;
			}
		}
		return nearest;
	}

	private Assessment assess(Clause clause, int index, CitizenHistory history, LocalDate day) {
		var benefit = history.benefitOn(day).map(CitizenHistory.Benefit::type).orElse(null);
		if (benefit == null || !clause.benefits().contains(benefit)) {
			return Assessment.NOT_CONCERNED;
		}
		var passed = new ArrayList<Reason>();
		var failed = new ArrayList<Reason>();
		var narrow = 0;
		passed.add(Reason.of("benefit", benefit));
		if (clause.category() != null) {
			var category = history.categoryOn(day).orElse(null);
			if (category == clause.category()) {
				passed.add(Reason.of("category", category));
			}
			else {
				failed.add(Reason.of("categoryNot", clause.category()));
			}
		}
		if (clause.minAge() != null) {
			var age = history.ageOn(day);
			if (age >= clause.minAge()) {
				passed.add(Reason.of("age", age));
			}
			else {
				failed.add(Reason.of("ageUnder", age));
				narrow += clause.minAge() - age <= this.narrow.ageShortYears() ? 1 : 0;
			}
		}
		if (clause.minSupportMonths() != null) {
			narrow += support(clause, history, day, passed, failed);
		}
		if (failed.isEmpty()) {
			return new Assessment(true, false, index, benefit, passed);
		}
		var isNarrow = failed.size() == 1 && narrow == 1;
		var reasons = new ArrayList<>(failed);
		reasons.addAll(passed);
		return new Assessment(false, isNarrow, index, benefit, reasons);
	}

	/** Checks the time on support; returns 1 when it failed narrowly. */
	private int support(Clause clause, CitizenHistory history, LocalDate day, List<Reason> passed,
			List<Reason> failed) {
		var maxBreak = clause.maxInterruptionDays() == null ? 0 : clause.maxInterruptionDays();
		var required = day.minusMonths(clause.minSupportMonths());
		var spell = SupportSpell.upTo(history.benefits(), day, maxBreak, 0);
		if (spell == null) {
			failed.add(Reason.of("supportShort", 0));
			return 0;
		}
		var counted = countedFrom(clause, history, spell.start());
		if (!counted.isAfter(required)) {
			passed.add(Reason.of("supportMonths", ChronoUnit.MONTHS.between(counted, day)));
			if (clause.maxInterruptionDays() != null) {
				passed.add(Reason.of("longestBreak", spell.longestBreak()));
			}
			return 0;
		}
		if (spell.breakingGap() != null && spell.breakingGapStart() != null
				&& spell.breakingGapStart().isAfter(required)) {
			var bridged = SupportSpell.upTo(history.benefits(), day, maxBreak, 1);
			var wouldQualify = bridged != null && !countedFrom(clause, history, bridged.start()).isAfter(required);
			if (wouldQualify) {
				failed.add(Reason.of("interruption", spell.breakingGap()));
				return spell.breakingGap() - maxBreak <= narrow.extraBreakDays() ? 1 : 0;
			}
		}
		var shortBy = ChronoUnit.DAYS.between(required, counted);
		failed.add(Reason.of("supportShortDays", shortBy));
		return shortBy <= narrow.supportShortDays() ? 1 : 0;
	}

	/**
	 * The first day of the spell that counts: time on integrationsydelse during the integration
	 * programme (its first months from the first such period) does not count.
	 */
	private static LocalDate countedFrom(Clause clause, CitizenHistory history, LocalDate spellStart) {
		if (clause.integrationProgrammeMonths() == null) {
			return spellStart;
		}
		var programmeEnd = history.benefits()
			.stream()
			.filter(benefit -> benefit.type() == BenefitType.INTEGRATIONSYDELSE)
			.map(CitizenHistory.Benefit::from)
			.min(LocalDate::compareTo)
			.map(first -> first.plusMonths(clause.integrationProgrammeMonths()));
		return programmeEnd.filter(end -> end.isAfter(spellStart)).orElse(spellStart);
	}

}
