package dk.jobvej.employer.internal;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;

/** The module's rules for free text: required where it must be, within the column size, no control characters. */
final class Texts {

	private Texts() {
	}

	static String required(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, "employer.validation.required");
		}
		return optional(field, text, max);
	}

	static String optional(String field, @Nullable String text, int max) {
		if (text == null) {
			return "";
		}
		var trimmed = text.strip();
		if (trimmed.length() > max) {
			throw new RuleViolation(field, "employer.validation.tooLong", max);
		}
		if (!plain(trimmed)) {
			throw new RuleViolation(field, "employer.validation.control");
		}
		return trimmed;
	}

	/** No control characters but line breaks and tabs. */
	static boolean plain(String text) {
		return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
	}

	/** A Danish postcode: four digits. */
	static String postcode(String field, @Nullable String text) {
		var postcode = required(field, text, 4);
		if (!postcode.matches("[0-9]{4}")) {
			throw new RuleViolation(field, "employer.postcode.format");
		}
		return postcode;
	}

}
