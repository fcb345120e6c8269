package dk.jobvej.identity.internal;

import dk.jobvej.platform.RuleViolation;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Turns a unique-constraint violation (two administrators creating the same name at the same
 * moment, after both passed the check) into the rule violation the check would have raised.
 */
final class DuplicateKeys {

	private DuplicateKeys() {
	}

	static RuntimeException asRuleViolation(DataAccessException ex, String field, String messageKey) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DuplicateKeyException) {
				return new RuleViolation(field, messageKey);
			}
		}
		return ex;
	}

}
