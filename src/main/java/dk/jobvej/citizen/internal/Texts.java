package dk.jobvej.citizen.internal;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;

/**
 * The rules every free text of the module follows: a maximum length (as the database column),
 * and no control characters except line breaks and tabs. HTML is just text: it is stored as
 * written and escaped wherever it is shown.
 */
final class Texts {

	static final int NAME = 100;

	static final int STREET = 200;

	static final int POSTCODE = 10;

	static final int CITY = 100;

	static final int REASON = 1000;

	static final int JOURNAL = 4000;

	private Texts() {
	}

	/** A text that must be given; line breaks are stored as LF. */
	static String required(String field, @Nullable String value, int max) {
		var text = optional(field, value, max);
		if (text == null) {
			throw new RuleViolation(field, "citizen.text.required");
		}
		return text;
	}

	/** A text that may be left out; blank counts as left out. */
	static @Nullable String optional(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var text = value.strip().replace("\r\n", "\n");
		if (!plain(text)) {
			throw new RuleViolation(field, "citizen.text.control");
		}
		if (text.codePointCount(0, text.length()) > max) {
			throw new RuleViolation(field, "citizen.text.tooLong", max);
		}
		return text;
	}

	/**
	 * No control characters other than line feed, carriage return (of CR LF) and tab, and no
	 * bidirectional overrides, which can make a text read differently from what it holds.
	 */
	static boolean plain(String text) {
		return text.codePoints().noneMatch(Texts::refused);
	}

	private static boolean refused(int c) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return false;
		}
		return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
				|| (c >= 0x2066 && c <= 0x2069);
	}

}
