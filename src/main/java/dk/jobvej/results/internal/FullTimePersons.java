package dk.jobvej.results.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory.Benefit;

/**
 * Counts full-time persons (fuldtidspersoner) per benefit and month by the jobindsats definition
 * (reference/danish_rules.md § 8, V): for each person and benefit, the weeks with the benefit in
 * the period divided by the weeks in the period, summed over persons; computed per benefit and
 * summable across benefits, without overlap treatment.
 *
 * <p>Benefit periods are kept in days, so a week is seven days and a month is its days ÷ 7 weeks:
 * a person's part of a month is the days with the benefit in the month ÷ the days of the month
 * (28, 29, 30 or 31, so February of a leap year has 29). Two periods of the same benefit that
 * overlap count each day once; periods of different benefits are counted in each (a person on
 * sygedagpenge beside a fleksjob is 1 in each). A running period counts up to and including the
 * {@code asOf} day. Not thread-safe: one calculator per computation.
 */
final class FullTimePersons {

	private static final BenefitType[] TYPES = BenefitType.values();

	private final YearMonth first;

	private final LocalDate firstDay;

	private final LocalDate lastDay;

	private final int months;

	/** Days with the benefit, summed over persons, per benefit and month index. */
	private final long[][] days;

	private final List<Benefit> scratch = new ArrayList<>();

	private long persons;

	private long periods;

	/** Counts the months {@code first} to {@code last}; running periods end on {@code asOf}. */
	FullTimePersons(YearMonth first, YearMonth last, LocalDate asOf) {
		this.first = first;
		this.firstDay = first.atDay(1);
		var end = last.atEndOfMonth();
		this.lastDay = asOf.isBefore(end) ? asOf : end;
		this.months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
		this.days = new long[TYPES.length][months];
	}

	/** Adds one person's benefit periods. */
	void add(List<Benefit> benefits) {
		persons++;
		periods += benefits.size();
		if (benefits.size() == 1) {
			var only = benefits.getFirst();
			count(only.type(), only.from(), only.to());
			return;
		}
		scratch.clear();
		scratch.addAll(benefits);
		scratch.sort(Comparator.comparing(Benefit::type).thenComparing(Benefit::from));
		BenefitType type = null;
		LocalDate from = null;
		LocalDate to = null;
		var running = false;
		for (var benefit : scratch) {
			if (type == benefit.type() && (running || !benefit.from().isAfter(to.plusDays(1)))) {
				if (benefit.to() == null) {
					running = true;
				}
				else if (!running && benefit.to().isAfter(to)) {
					to = benefit.to();
				}
				continue;
			}
			if (type != null) {
				count(type, from, running ? null : to);
			}
			type = benefit.type();
			from = benefit.from();
			running = benefit.to() == null;
			to = benefit.to();
		}
		count(type, from, running ? null : to);
	}

	/** Adds the days of {@code from}–{@code to} (null: running) within the counted months. */
	private void count(BenefitType type, LocalDate from, LocalDate to) {
		var start = from.isBefore(firstDay) ? firstDay : from;
		var end = to == null || to.isAfter(lastDay) ? lastDay : to;
		if (end.isBefore(start)) {
			return;
		}
		var row = days[type.ordinal()];
		var month = YearMonth.from(start);
		var index = (int) ChronoUnit.MONTHS.between(first, month);
		var day = start;
		while (!day.isAfter(end)) {
			var monthEnd = month.atEndOfMonth();
			var until = end.isBefore(monthEnd) ? end : monthEnd;
			row[index] += ChronoUnit.DAYS.between(day, until) + 1;
			day = monthEnd.plusDays(1);
			month = month.plusMonths(1);
			index++;
		}
	}

	/** The full-time persons per benefit and month so far. */
	FteTable table() {
		var persons = new EnumMap<BenefitType, double[]>(BenefitType.class);
		for (var type : TYPES) {
			var row = new double[months];
			for (var i = 0; i < months; i++) {
				row[i] = (double) days[type.ordinal()][i] / first.plusMonths(i).lengthOfMonth();
			}
			persons.put(type, row);
		}
		return new FteTable(first, months, persons);
	}

	/** How many persons were added. */
	long persons() {
		return persons;
	}

	/** How many benefit periods were added. */
	long periods() {
		return periods;
	}

}
