package dk.jobvej.citizen;

import java.time.LocalDate;
import java.util.Random;

/**
 * Makes CPR numbers for tests: a birth date, a seventh digit that gives its century, and a
 * serial number that passes (or, on request, fails) modulus 11.
 */
public final class CprGenerator {

	private static final int[] WEIGHTS = { 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };

	private final Random random;

	public CprGenerator(Random random) {
		this.random = random;
	}

	/** A date between 1858 and 2057, the range the CPR century table covers. */
	public LocalDate birthDate() {
		var first = LocalDate.of(1858, 1, 1).toEpochDay();
		var last = LocalDate.of(2057, 12, 31).toEpochDay();
		return LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
	}

	/** An adult of working age (18–66) on the given day. */
	public LocalDate adultBirthDate(LocalDate today) {
		return today.minusYears(18 + random.nextInt(48)).minusDays(random.nextInt(365));
	}

	/** A number for the birth date that passes modulus 11. */
	public String valid(LocalDate birthDate) {
		while (true) {
			var candidate = withSerial(birthDate);
			if (modulus11(candidate)) {
				return candidate;
			}
		}
	}

	/** A number for the birth date that fails modulus 11, as numbers issued since 2007 may. */
	public String failingModulus11(LocalDate birthDate) {
		while (true) {
			var candidate = withSerial(birthDate);
			if (!modulus11(candidate)) {
				return candidate;
			}
		}
	}

	/** A CPR number of a random adult, passing modulus 11. */
	public Cpr adult(LocalDate today) {
		return Cpr.parse(valid(adultBirthDate(today)));
	}

	/** A seventh digit that places the year in the right century (the CPR office's table). */
	public int seventhDigit(LocalDate birthDate) {
		var year = birthDate.getYear();
		var yy = year % 100;
		if (year < 1900) {
			return 5 + random.nextInt(4);
		}
		if (year < 2000) {
			return yy >= 37 ? new int[] { 0, 1, 2, 3, 4, 9 }[random.nextInt(6)] : random.nextInt(4);
		}
		return yy <= 36 ? new int[] { 4, 5, 6, 7, 8, 9 }[random.nextInt(6)] : 5 + random.nextInt(4);
	}

	private String withSerial(LocalDate birthDate) {
		var date = String.format("%02d%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
				birthDate.getYear() % 100);
		return date + seventhDigit(birthDate) + String.format("%03d", random.nextInt(1000));
	}

	public static boolean modulus11(String digits) {
		var sum = 0;
		for (var i = 0; i < 10; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return sum % 11 == 0;
	}

}
