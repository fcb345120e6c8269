package dk.jobvej.identity.web;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A new member of staff, from the form or as JSON. No password means the member of staff signs in
 * through the municipality's identity provider only.
 */
record NewStaffRequest(
		@NotBlank(message = "{identity.validation.required}")
		@Pattern(regexp = Constraints.USERNAME, message = "{identity.validation.username}") @Nullable String username,
		@NotBlank(message = "{identity.validation.required}")
		@Size(max = Constraints.MAX_NAME, message = "{identity.validation.tooLong}")
		@Pattern(regexp = Constraints.PLAIN_TEXT, message = "{identity.validation.plainText}") @Nullable String name,
		@Email(message = "{identity.validation.email}")
		@Size(max = Constraints.MAX_EMAIL, message = "{identity.validation.tooLong}") @Nullable String email,
		@NotNull(message = "{identity.validation.unitRequired}") @Nullable UUID unit,
		@NotEmpty(message = "{identity.validation.rolesRequired}") @Nullable Set<Role> roles,
		@Size(min = Administration.MINIMUM_PASSWORD_LENGTH, max = Constraints.MAX_PASSWORD,
				message = "{identity.validation.password}") @Nullable String password) {

	NewStaffRequest {
		email = Constraints.blankToNull(email);
		password = password == null || password.isEmpty() ? null : password;
	}

	@Override
	public String toString() {
		return "NewStaffRequest[username=" + username + ", unit=" + unit + ", roles=" + roles + ", password="
				+ (password == null ? "none" : "***") + "]";
	}

	static NewStaffRequest empty() {
		return new NewStaffRequest(null, null, null, null, Set.of(), null);
	}

	/** Call only after validation. */
	NewStaffMember toNewStaffMember() {
		return new NewStaffMember(String.valueOf(username), String.valueOf(name), email,
				new UnitId(Objects.requireNonNull(unit)), Constraints.roles(roles),
				password);
	}

}
