package dk.jobvej.identity.web;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffAccount;
import dk.jobvej.identity.StaffChange;
import dk.jobvej.identity.UnitId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * New details for a member of staff, from the form or as JSON, with the version they were read
 * at.
 */
record StaffRequest(
		@NotBlank(message = "{identity.validation.required}")
		@Size(max = Constraints.MAX_NAME, message = "{identity.validation.tooLong}")
		@Pattern(regexp = Constraints.PLAIN_TEXT, message = "{identity.validation.plainText}") @Nullable String name,
		@Email(message = "{identity.validation.email}")
		@Size(max = Constraints.MAX_EMAIL, message = "{identity.validation.tooLong}") @Nullable String email,
		@NotNull(message = "{identity.validation.unitRequired}") @Nullable UUID unit,
		@NotEmpty(message = "{identity.validation.rolesRequired}") @Nullable Set<Role> roles,
		@NotNull(message = "{identity.validation.versionRequired}") @Nullable Integer version) {

	StaffRequest {
		email = Constraints.blankToNull(email);
	}

	static StaffRequest of(StaffAccount account) {
		return new StaffRequest(account.member().name(), account.email(), account.member().unit().value(),
				account.member().roles(), account.version());
	}

	/** Call only after validation. */
	StaffChange toChange() {
		return new StaffChange(String.valueOf(name), email, new UnitId(Objects.requireNonNull(unit)),
				Constraints.roles(roles), Objects.requireNonNull(version));
	}

}
