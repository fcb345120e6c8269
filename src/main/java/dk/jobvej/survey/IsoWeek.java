package dk.jobvej.survey;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

import dk.jobvej.platform.RuleViolation;

/**
 * An ISO 8601 week (uge), as the seeds count weeks ("uge 6 og 7"): weeks start on Monday, and
 * week 1 is the week with the year's first Thursday, so a year has 52 or 53 weeks.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

	public IsoWeek {
		if (year < 2000 || year > 2999 || week < 1 || week > weeksIn(year)) {
			throw new RuleViolation("week", "survey.week.invalid", year, week);
		}
	}

	/** The week the day falls in. */
	public static IsoWeek of(LocalDate day) {
		return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** 52 or 53. */
	public static int weeksIn(int year) {
		return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
	}

	public LocalDate monday() {
		return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	@Override
	public int compareTo(IsoWeek other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
	}

	@Override
	public String toString() {
		return year + "-W" + (week < 10 ? "0" : "") + week;
	}

}
