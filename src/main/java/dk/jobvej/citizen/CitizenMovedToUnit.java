package dk.jobvej.citizen;

import java.time.Instant;

import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

/** A citizen was moved to another unit (enhed) of their municipality. */
public record CitizenMovedToUnit(CitizenId citizen, UnitId previous, UnitId unit, StaffId movedBy, Instant movedAt,
		int municipalityCode) {
}
