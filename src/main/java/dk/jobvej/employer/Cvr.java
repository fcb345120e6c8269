package dk.jobvej.employer;

import java.util.Optional;

/**
 * A CVR number (Det Centrale Virksomhedsregister): eight digits, the last a modulus-11 check
 * digit. With the weights 2, 7, 6, 5, 4, 3, 2, 1 over all eight digits the sum is divisible by 11
 * (Erhvervsstyrelsen, "modulus 11"); e.g. 13748136: 2+21+42+20+32+3+6+6 = 132 = 12 × 11. A number
 * whose first seven digits leave remainder 1 cannot get a check digit and is never issued.
 */
public record Cvr(String value) {

	private static final int[] WEIGHTS = { 2, 7, 6, 5, 4, 3, 2, 1 };

	public Cvr {
		if (!valid(value)) {
			throw new IllegalArgumentException("Not a valid CVR number");
		}
	}

	/** The number in the text, allowing spaces and a leading "DK"; empty if it is not a valid CVR number. */
	public static Optional<Cvr> tryParse(String text) {
		var digits = text.replace(" ", "").replaceFirst("^(?i)DK", "");
		return valid(digits) ? Optional.of(new Cvr(digits)) : Optional.empty();
	}

	/** Eight digits that pass modulus 11. */
	public static boolean valid(String digits) {
		if (digits.length() != 8) {
			return false;
		}
		var sum = 0;
		for (var i = 0; i < 8; i++) {
			var c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		return sum % 11 == 0;
	}

	/**
	 * The check digit for the first seven digits, or -1 when they leave remainder 1 (no valid
	 * number exists for them).
	 */
	public static int checkDigit(String sevenDigits) {
		var sum = 0;
		for (var i = 0; i < 7; i++) {
			sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		var remainder = sum % 11;
		return remainder == 0 ? 0 : remainder == 1 ? -1 : 11 - remainder;
	}

	@Override
	public String toString() {
		return value;
	}

}
