package dk.jobvej.plan.internal;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;

/**
 * The rules every free text of the plan module follows: a maximum length (as the column) and no
 * control characters other than line breaks and tabs, nor bidirectional overrides. HTML is just
 * text, escaped wherever it is shown.
 */
public final class PlanText {

	private PlanText() {
	}

	static String required(String field, @Nullable String value, int max) {
		var text = optional(field, value, max);
		if (text == null) {
			throw new RuleViolation(field, "plan.text.required");
		}
		return text;
	}

	static @Nullable String optional(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var text = value.strip().replace("\r\n", "\n");
		if (!plain(text)) {
			throw new RuleViolation(field, "plan.text.control");
		}
		if (text.codePointCount(0, text.length()) > max) {
			throw new RuleViolation(field, "plan.text.tooLong", max);
		}
		return text;
	}

	public static boolean plain(String text) {
		return text.codePoints().noneMatch(PlanText::refused);
	}

	private static boolean refused(int c) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return false;
		}
		return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
				|| (c >= 0x2066 && c <= 0x2069);
	}

}
