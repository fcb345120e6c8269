package dk.jobvej.contact;

import java.time.Instant;
import java.util.UUID;

import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/** A published slot for self-booking, as a bulk import brings it in (demo data). */
public record ImportedSlot(UUID id, StaffId caseworker, UnitId unit, int municipalityCode, Instant startsAt,
		Instant endsAt, Channel channel, @Nullable String place) {
}
