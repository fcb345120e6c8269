package dk.jobvej.rehab.internal;

import org.jspecify.annotations.Nullable;

import dk.jobvej.platform.RuleViolation;

/**
 * The module's rules for free text: at most the column's size, no control characters other than
 * line feed, carriage return and tab, and no bidirectional overrides (which can make text read
 * differently from how it is stored). HTML is stored as written and always escaped on pages.
 */
public final class Texts {

	public static final int NAME = 200;

	public static final int NOTE = 1000;

	public static final int TEXT = 4000;

	private Texts() {
	}

	/** A required text, stripped; a RuleViolation on the field otherwise. */
	public static String required(String field, @Nullable String text, int max) {
		var value = optional(field, text, max);
		if (value == null) {
			throw new RuleViolation(field, "rehab.validation.required");
		}
		return value;
	}

	/** An optional text, stripped, or null when blank. */
	public static @Nullable String optional(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var value = text.strip();
		if (value.length() > max) {
			throw new RuleViolation(field, "rehab.validation.tooLong", max);
		}
		if (!plain(value)) {
			throw new RuleViolation(field, "rehab.validation.characters");
		}
		return value;
	}

	/** Whether the text holds only printable characters, line breaks and tabs. */
	public static boolean plain(String text) {
		return text.codePoints()
			.noneMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
					|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
	}

}
