package dk.jobvej.citizen;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import dk.jobvej.platform.RuleViolation;

/**
 * A Danish CPR number (personnummer), DDMMYY-SSSS. It must be ten digits and a real date of
 * birth, with the century taken from the seventh digit. Modulus 11 is not required: numbers
 * issued since 1 October 2007 need not pass it, so a failing check is only a
 * {@link #passesModulus11() warning}. {@link #toString()} masks the serial number, so a CPR
 * number never reaches a log line by accident.
 */
public record Cpr(String value) {

	private static final int[] WEIGHTS = { 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };

	public Cpr {
		value = normalise(value);
		birthDate(value);
	}

	/** Accepts {@code DDMMYYSSSS} or {@code DDMMYY-SSSS}; anything else is refused. */
	public static Cpr parse(String text) {
		return new Cpr(text);
	}

	/** The CPR number in the text, or empty when the text is not one. */
	public static Optional<Cpr> tryParse(String text) {
		try {
			return Optional.of(new Cpr(text));
		}
		catch (RuleViolation ex) {
			return Optional.empty();
		}
	}

	public LocalDate birthDate() {
		return birthDate(value);
	}

	public int ageOn(LocalDate day) {
		return Period.between(birthDate(), day).getYears();
	}

	/** Even last digit: female; odd: male (not reliable after a legal change of gender). */
	public boolean female() {
		return (value.charAt(9) - '0') % 2 == 0;
	}

	/** Whether the weighted digit sum is divisible by 11; numbers issued since 2007 may fail. */
	public boolean passesModulus11() {
		var sum = 0;
		for (var i = 0; i < 10; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		return sum % 11 == 0;
	}

	/** The birth date part with the serial number hidden: {@code 010190-xxxx}. */
	public String masked() {
		return value.substring(0, 6) + "-xxxx";
	}

	/** The full number as people write it: {@code 010190-1234}. Show only after an audited reveal. */
	public String formatted() {
		return value.substring(0, 6) + "-" + value.substring(6);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static String normalise(String text) {
		var stripped = text == null ? "" : text.strip();
		var digits = stripped.length() == 11 && stripped.charAt(6) == '-'
				? stripped.substring(0, 6) + stripped.substring(7) : stripped;
		if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new RuleViolation("cpr", "citizen.cpr.format");
		}
		return digits;
	}

	private static LocalDate birthDate(String digits) {
		var day = Integer.parseInt(digits.substring(0, 2));
		var month = Integer.parseInt(digits.substring(2, 4));
		var year = Integer.parseInt(digits.substring(4, 6));
		try {
			return LocalDate.of(century(year, digits.charAt(6) - '0') + year, month, day);
		}
		catch (DateTimeException ex) {
			throw new RuleViolation("cpr", "citizen.cpr.date");
		}
	}

	/** The century table of the CPR office, by the seventh digit and the two-digit year. */
	private static int century(int year, int seventh) {
		return switch (seventh) {
			case 0, 1, 2, 3 -> 1900;
			case 4, 9 -> year <= 36 ? 2000 : 1900;
			default -> year <= 57 ? 2000 : 1800;
		};
	}

}
