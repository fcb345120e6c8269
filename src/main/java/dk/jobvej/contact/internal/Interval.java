package dk.jobvej.contact.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The longest time between two conversations under a cadence rule. Months follow the calendar
 * (31 January + 1 month = 28 or 29 February); ISO weeks mean "by the end of the calendar week n
 * weeks after the week of the last conversation" (Monday to Sunday, ISO 8601, so a year may have a
 * week 53).
 */
public record Interval(int value, Unit unit) {

	public Interval {
		if (value <= 0) {
			throw new IllegalArgumentException("An interval is positive: " + value);
		}
	}

	/** The last day the next conversation may be held, after one held on the day. */
	LocalDate after(LocalDate day) {
		return switch (unit) {
			case DAYS -> day.plusDays(value);
			case WEEKS -> day.plusWeeks(value);
			case MONTHS -> day.plusMonths(value);
			case ISO_WEEKS -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(value);
		};
	}

	/** The units of an interval. */
	public enum Unit {

		DAYS, WEEKS, MONTHS, ISO_WEEKS

	}

}
