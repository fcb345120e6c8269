package dk.jobvej.identity.web;

import java.util.Objects;
import java.util.UUID;

import dk.jobvej.identity.UnitChange;
import dk.jobvej.identity.UnitId;
import dk.jobvej.identity.VersionedUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A unit's new name and place, from the form or as JSON, with the version it was read at. No
 * parent moves the unit to the top of the organisation.
 */
record UnitChangeRequest(
		@NotBlank(message = "{identity.validation.required}")
		@Size(max = Constraints.MAX_NAME, message = "{identity.validation.tooLong}")
		@Pattern(regexp = Constraints.PLAIN_TEXT, message = "{identity.validation.plainText}") @Nullable String name,
		@Nullable UUID parent,
		@NotNull(message = "{identity.validation.versionRequired}") @Nullable Integer version) {

	static UnitChangeRequest of(VersionedUnit unit) {
		var parent = unit.unit().parent();
		return new UnitChangeRequest(unit.unit().name(), parent == null ? null : parent.value(), unit.version());
	}

	/** Call only after validation. */
	UnitChange toChange() {
		return new UnitChange(String.valueOf(name), parent == null ? null : new UnitId(parent),
				Objects.requireNonNull(version));
	}

}
