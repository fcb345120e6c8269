package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import dk.jobvej.citizen.CitizenHistory.Benefit;

/**
 * The reassessment point (revurderingstidspunkt, SDL § 24): the end of the first month in which
 * sickness benefit has been paid for more than the rule's weeks (22) in the rule's window of
 * calendar months ending with that month (9). Employer periods are not sickness benefit from the
 * municipality and do not count. A running period is counted as if it runs on, so the point can be
 * foreseen; the search stops at the horizon.
 */
public final class ReassessmentPoint {

	private ReassessmentPoint() {
	}

	public static Optional<LocalDate> of(List<Benefit> sicknessBenefit, int weeks, int windowMonths,
			LocalDate horizon) {
		if (sicknessBenefit.isEmpty()) {
			return Optional.empty();
		}
		var first = sicknessBenefit.stream().map(Benefit::from).min(LocalDate::compareTo).orElseThrow();
		var limit = (long) weeks * 7;
		for (var monthEnd = first.with(TemporalAdjusters.lastDayOfMonth()); !monthEnd.isAfter(
				horizon.with(TemporalAdjusters.lastDayOfMonth())); monthEnd = monthEnd.plusDays(1)
					.with(TemporalAdjusters.lastDayOfMonth())) {
			var windowStart = monthEnd.withDayOfMonth(1).minusMonths(windowMonths - 1L);
			if (paid(sicknessBenefit, windowStart, monthEnd) > limit) {
				return Optional.of(monthEnd);
			}
		}
		return Optional.empty();
	}

	/** Days paid from one day to another, both included; a running period counts as running on. */
	static long paid(List<Benefit> periods, LocalDate from, LocalDate to) {
		var days = 0L;
		for (var period : periods) {
			var start = period.from().isAfter(from) ? period.from() : from;
			var end = period.to() == null || period.to().isAfter(to) ? to : period.to();
			if (!end.isBefore(start)) {
				days += ChronoUnit.DAYS.between(start, end) + 1;
			}
		}
		return days;
	}

}
