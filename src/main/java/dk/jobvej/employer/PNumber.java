package dk.jobvej.employer;

import java.util.regex.Pattern;

/**
 * A P-number (produktionsenhedsnummer): the number of one workplace of a company, ten digits.
 * Not checked with modulus 11: Erhvervsstyrelsen issued a series with the wrong weights, so a
 * number that fails is still valid (see docs/modules/employer.md).
 */
public record PNumber(String value) {

	private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

	public PNumber {
		if (!TEN_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("A P-number is ten digits");
		}
	}

	public static boolean valid(String text) {
		return TEN_DIGITS.matcher(text).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}
