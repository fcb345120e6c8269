package dk.jobvej.identity.web;

import java.util.UUID;

import dk.jobvej.identity.VersionedUnit;

import org.jspecify.annotations.Nullable;

/** A unit as the API shows it, with the version to send back when changing it. */
record UnitResponse(UUID id, String name, @Nullable UUID parent, int municipalityCode, int version) {

	static UnitResponse of(VersionedUnit versioned) {
		var unit = versioned.unit();
		var parent = unit.parent();
		return new UnitResponse(unit.id().value(), unit.name(), parent == null ? null : parent.value(),
				unit.municipalityCode(), versioned.version());
	}

}
