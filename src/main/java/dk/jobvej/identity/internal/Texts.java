package dk.jobvej.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import dk.jobvej.identity.Administration;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;

/**
 * The checks every name, username, e-mail and password passes before it is stored, whoever
 * calls: blank or over-long text, markup and control characters are refused with the field
 * named. The web layer checks the same with Bean Validation first, so that a form shows every
 * problem at once.
 */
final class Texts {

	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 200;

	static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

	private static final Pattern PLAIN = Pattern.compile("[^<>\\p{Cntrl}]*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");

	private Texts() {
	}

	/** A required piece of plain text, stripped of surrounding blanks. */
	static String plain(String field, @Nullable String value, int maxLength) {
		var text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new RuleViolation(field, "identity.rule.required");
		}
		if (text.length() > maxLength) {
			throw new RuleViolation(field, "identity.rule.tooLong", maxLength);
		}
		if (!PLAIN.matcher(text).matches()) {
			throw new RuleViolation(field, "identity.rule.plainText");
		}
		return text;
	}

	static String username(String value) {
		if (!USERNAME.matcher(value).matches()) {
			throw new RuleViolation("username", "identity.rule.username");
		}
		return value;
	}

	/** An optional e-mail address: blank means none. */
	static @Nullable String email(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var email = value.strip();
		if (email.length() > MAX_EMAIL) {
			throw new RuleViolation("email", "identity.rule.tooLong", MAX_EMAIL);
		}
		if (!EMAIL.matcher(email).matches()) {
			throw new RuleViolation("email", "identity.rule.email");
		}
		return email;
	}

	/** A password BCrypt can hash in full; {@code minimumLength} counts characters. */
	static String password(String value, int minimumLength) {
		if (value.codePointCount(0, value.length()) < minimumLength) {
			throw new RuleViolation("password", "identity.rule.passwordTooShort", minimumLength);
		}
		if (value.getBytes(StandardCharsets.UTF_8).length > Administration.MAXIMUM_PASSWORD_BYTES) {
			throw new RuleViolation("password", "identity.rule.passwordTooLong",
					Administration.MAXIMUM_PASSWORD_BYTES);
		}
		return value;
	}

}
