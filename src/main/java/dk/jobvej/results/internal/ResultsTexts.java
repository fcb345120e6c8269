package dk.jobvej.results.internal;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;

/** The rule for every text an administrator gives the results module: required, trimmed, not too long, no control characters. */
final class ResultsTexts {

	private ResultsTexts() {
	}

	static String required(String field, @Nullable String value, int max) {
		var trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			throw new RuleViolation(field, "results.validation.required");
		}
		if (trimmed.length() > max) {
			throw new RuleViolation(field, "results.validation.tooLong", max);
		}
		if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
			throw new RuleViolation(field, "results.validation.control");
		}
		return trimmed;
	}

}
