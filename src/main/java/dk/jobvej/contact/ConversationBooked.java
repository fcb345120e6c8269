package dk.jobvej.contact;

import java.time.Instant;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

/**
 * A conversation was booked (DFDG: indkaldelse), by a caseworker or by the citizen from a
 * published slot ({@code selfBooked}).
 */
public record ConversationBooked(ConversationId conversation, CitizenId citizen, StaffId caseworker, UnitId unit,
		ConversationKind kind, Channel channel, Instant startsAt, Instant endsAt, boolean selfBooked,
		int municipalityCode) {
}
