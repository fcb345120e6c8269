package dk.jobvej.identity.web;

import java.util.UUID;

import dk.jobvej.identity.UnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new unit, from the form or as JSON: its name and the unit it belongs under (none: the top). */
record UnitRequest(
		@NotBlank(message = "{identity.validation.required}")
		@Size(max = Constraints.MAX_NAME, message = "{identity.validation.tooLong}")
		@Pattern(regexp = Constraints.PLAIN_TEXT, message = "{identity.validation.plainText}") @Nullable String name,
		@Nullable UUID parent) {

	static UnitRequest empty() {
		return new UnitRequest(null, null);
	}

	@Nullable UnitId parentId() {
		return parent == null ? null : new UnitId(parent);
	}

}
