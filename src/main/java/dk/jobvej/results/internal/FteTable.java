package dk.jobvej.results.internal;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dk.jobvej.citizen.BenefitType;

/**
 * Full-time persons per benefit and month from {@code first}, for {@code months} months. The total
 * of a month is the sum over benefits (not overlap-treated, as jobindsats adds them up).
 */
public record FteTable(YearMonth first, int months, Map<BenefitType, double[]> persons) {

	public FteTable {
		var copy = new EnumMap<BenefitType, double[]>(BenefitType.class);
		persons.forEach((type, row) -> copy.put(type, row.clone()));
		persons = copy;
	}

	public List<YearMonth> monthList() {
		return IntStream.range(0, months).mapToObj(first::plusMonths).toList();
	}

	/** The full-time persons on the benefit in the month; 0 outside the table. */
	public double of(BenefitType type, YearMonth month) {
		var index = index(month);
		return index < 0 ? 0 : persons.get(type)[index];
	}

	/** All benefits together in the month. */
	public double total(YearMonth month) {
		var index = index(month);
		if (index < 0) {
			return 0;
		}
		var sum = 0.0;
		for (var row : persons.values()) {
			sum += row[index];
		}
		return sum;
	}

	/**
	 * Full-time persons on the benefit over a whole year, weighting months by their days (a person
	 * on the benefit all year is 1; 182 of 366 days in 2024 is 0.497).
	 */
	public double year(BenefitType type, int year) {
		var days = 0.0;
		for (var m = 1; m <= 12; m++) {
			var month = YearMonth.of(year, m);
			days += of(type, month) * month.lengthOfMonth();
		}
		return days / java.time.Year.of(year).length();
	}

	private int index(YearMonth month) {
		var index = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, month);
		return index >= 0 && index < months ? index : -1;
	}

}
