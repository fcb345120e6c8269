package dk.jobvej.identity.web;

import dk.jobvej.identity.Administration;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new password for a member of staff; it is never sent back. */
record PasswordRequest(@NotNull(message = "{identity.validation.password}")
@Size(min = Administration.MINIMUM_PASSWORD_LENGTH, max = Constraints.MAX_PASSWORD,
		message = "{identity.validation.password}") @Nullable String password) {

	static PasswordRequest empty() {
		return new PasswordRequest(null);
	}

	@Override
	public String toString() {
		return "PasswordRequest[password=***]";
	}

}
