package dk.jobvej.occupation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An occupation as a four-digit unit group of ISCO-08, which Statistics Denmark's DISCO-08
 * follows at four digits (e.g. {@code 5223}, shop sales assistants). The first digit is the major
 * group, the first two the sub-major group, the first three the minor group.
 */
public record OccupationCode(String value) {

	private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

	public OccupationCode {
		if (!FOUR_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("An occupation code is four digits");
		}
	}

	/** The code, if the text is one. */
	public static Optional<OccupationCode> tryParse(String text) {
		return FOUR_DIGITS.matcher(text).matches() ? Optional.of(new OccupationCode(text)) : Optional.empty();
	}

	/** The minor group (first three digits). */
	public String minorGroup() {
		return value.substring(0, 3);
	}

	/** The sub-major group (first two digits). */
	public String subMajorGroup() {
		return value.substring(0, 2);
	}

	/** The major group (first digit). */
	public String majorGroup() {
		return value.substring(0, 1);
	}

	@Override
	public String toString() {
		return value;
	}

}
