package dk.jobvej.contact;

import java.time.Instant;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;

/** A booked conversation was called off, by the citizen, the jobcenter or another party. */
public record ConversationCancelled(ConversationId conversation, CitizenId citizen, UnitId unit, CancelledBy by,
		Instant startsAt, int municipalityCode) {
}
