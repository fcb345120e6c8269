package dk.jobvej.smalljobs;

import java.util.Optional;

/**
 * An EAN/GLN location number (GS1 Global Location Number): 13 digits, the last a GS1 check digit.
 * Danish public employers receive electronic invoices (OIOUBL) addressed by it (NemHandel). The check
 * digit: from the right, the first twelve digits are weighted 3, 1, 3, 1, …; the check digit brings the
 * weighted sum up to a multiple of 10. Example: 579000000000 gives 5·1 + 7·3 + 9·1 = 35, so the check
 * digit is 5 and 5790000000005 is valid.
 */
public record Gln(String value) {

	public Gln {
		if (!valid(value)) {
			throw new IllegalArgumentException("Not a valid EAN/GLN number");
		}
	}

	/** The number in the text, allowing spaces; empty if it is not 13 digits with a right check digit. */
	public static Optional<Gln> tryParse(String text) {
		var digits = text.replace(" ", "");
		return valid(digits) ? Optional.of(new Gln(digits)) : Optional.empty();
	}

	/** Thirteen digits whose last is the GS1 check digit of the first twelve. */
	public static boolean valid(String digits) {
		if (digits.length() != 13 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		return checkDigit(digits.substring(0, 12)) == digits.charAt(12) - '0';
	}

	/** The GS1 check digit of twelve digits. */
	public static int checkDigit(String twelve) {
		if (twelve.length() != 12 || !twelve.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("Twelve digits expected");
		}
		var sum = 0;
		for (var i = 0; i < 12; i++) {
			var digit = twelve.charAt(11 - i) - '0';
			sum += digit * (i % 2 == 0 ? 3 : 1);
		}
		return (10 - sum % 10) % 10;
	}

	@Override
	public String toString() {
		return value;
	}

}
