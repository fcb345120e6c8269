package dk.jobvej.contact;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;

/**
 * The citizen did not turn up for a booked conversation (udeblivelse). Without a valid reason
 * ({@code validReason} false) the availability track opens.
 */
public record AbsenceRegistered(ConversationId conversation, CitizenId citizen, UnitId unit, LocalDate day,
		boolean validReason, int municipalityCode) {
}
