package dk.jobvej.results.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dk.jobvej.citizen.BenefitType;

/**
 * Courses of public support (forløb) from one citizen's benefit spans, by jobindsats' rule
 * (reference/danish_rules.md § 8, V): "a course ends when the benefit has not been paid for one
 * whole calendar month". A last benefit day in month M is followed by a whole calendar month
 * without benefit exactly when no benefit is paid on any day of M + 1, so months are fine enough.
 */
final class Courses {

	/** Benefits that end in pension, not in a job or education. */
	static final Set<BenefitType> PENSIONS = EnumSet.of(BenefitType.FOERTIDSPENSION, BenefitType.EFTERLOEN);

	private Courses() {
	}

	/**
	 * The months in which a course ended: some benefit in M, none in M + 1, and not only pensions
	 * in M. An exit is final once M + 1 has passed; a benefit registered later for M + 1 undoes it
	 * (the caller derives again on every change).
	 */
	static List<YearMonth> exits(List<Span> spans) {
		var exits = new ArrayList<YearMonth>();
		for (var span : spans) {
			if (span.last() == null) {
				continue;
			}
			var month = span.last();
			var next = month.plusMonths(1);
			if (spans.stream().anyMatch(other -> other.covers(next))) {
				continue;
			}
			var onlyPensions = spans.stream()
				.filter(other -> other.covers(month))
				.allMatch(other -> PENSIONS.contains(other.benefit()));
			if (!onlyPensions && !exits.contains(month)) {
				exits.add(month);
			}
		}
		return List.copyOf(new TreeSet<>(exits));
	}

	/** The months a flex job began: a fleksjob span starts in M and no fleksjob runs in M − 1. */
	static List<YearMonth> flexjobEntries(List<Span> spans) {
		var entries = new TreeSet<YearMonth>();
		for (var span : spans) {
			if (span.benefit() != BenefitType.FLEKSJOB) {
				continue;
			}
			var before = span.first().minusMonths(1);
			var continued = spans.stream()
				.anyMatch(other -> other.benefit() == BenefitType.FLEKSJOB && other != span && other.covers(before));
			if (!continued) {
				entries.add(span.first());
			}
		}
		return List.copyOf(entries);
	}

}
