package dk.jobvej.citizen;

import java.time.Instant;

import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/** A citizen was registered in Jobvej (not published for bulk imports). */
public record CitizenRegistered(CitizenId citizen, UnitId unit, @Nullable StaffId primaryContact,
		int municipalityCode, Instant at) {
}
