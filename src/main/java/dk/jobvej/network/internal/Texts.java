package dk.jobvej.network.internal;

import dk.jobvej.platform.RuleViolation;

/** Free text from outside: no control characters (a NUL byte cannot even be stored), bar line breaks and tabs. */
final class Texts {

	private Texts() {
	}

	static void check(String field, String value, String messageKey) {
		if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw new RuleViolation(field, messageKey);
		}
	}

}
