package dk.jobvej.identity.web;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dk.jobvej.identity.Role;

import org.jspecify.annotations.Nullable;

/** Patterns the API and the admin pages check input against, before the domain checks again. */
final class Constraints {

	/** A login name: 3–50 small letters a–z, digits, dot, hyphen or underscore. */
	static final String USERNAME = "[a-z0-9._-]{3,50}";

	/** Text for a name: no markup and no control characters. */
	static final String PLAIN_TEXT = "[^<>\\p{Cntrl}]*";

	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 200;

	/** The longest password in characters; the domain also checks BCrypt's limit of 72 bytes. */
	static final int MAX_PASSWORD = 72;

	private Constraints() {
	}

	/** The roles chosen, without the empty choice a form may send. */
	static Set<Role> roles(@Nullable Set<Role> roles) {
		return roles == null ? Set.of()
				: roles.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
