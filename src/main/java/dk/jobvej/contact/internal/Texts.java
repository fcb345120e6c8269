package dk.jobvej.contact.internal;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;

/**
 * The rules every free text of the contact module follows: a maximum length (the column's) and no
 * control characters except line breaks and tabs, nor bidirectional overrides. HTML is just text,
 * stored as written and escaped wherever it is shown.
 */
public final class Texts {

	public static final int PLACE = 200;

	public static final int AGENDA = 2000;

	public static final int NAME = 200;

	public static final int REASON = 1000;

	public static final int SUMMARY = 3000;

	public static final int EMAIL = 320;

	private Texts() {
	}

	/** A text that must be given; line breaks are stored as LF. */
	static String required(String field, @Nullable String value, int max) {
		var text = optional(field, value, max);
		if (text == null) {
			throw new RuleViolation(field, "contact.validation.required");
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
			throw new RuleViolation(field, "contact.validation.control");
		}
		if (text.codePointCount(0, text.length()) > max) {
			throw new RuleViolation(field, "contact.validation.tooLong", max);
		}
		return text;
	}

	/** No control characters other than line feed, carriage return and tab, and no bidirectional overrides. */
	public static boolean plain(String text) {
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
