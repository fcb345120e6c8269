package dk.jobvej.contact;

import java.time.Instant;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as a bulk import brings it in (demo data, migration from another case system):
 * booked ({@code status} BOOKED) or with its outcome (HELD, CANCELLED, NO_SHOW).
 */
public record ImportedConversation(UUID id, CitizenId citizen, int municipalityCode, UnitId unit, StaffId caseworker,
		ConversationKind kind, Channel channel, Instant startsAt, Instant endsAt, @Nullable String place,
		String status, boolean planned, boolean selfBooked, @Nullable CancelledBy cancelledBy,
		@Nullable Boolean absenceValid) {
}
