package dk.jobvej.results.internal;

import java.time.YearMonth;

import dk.jobvej.citizen.BenefitType;

import org.jspecify.annotations.Nullable;

/** A benefit period by month: the first and the last month with the benefit (null while it runs). */
record Span(BenefitType benefit, YearMonth first, @Nullable YearMonth last) {

	boolean covers(YearMonth month) {
		return !month.isBefore(first) && (last == null || !month.isAfter(last));
	}

}
