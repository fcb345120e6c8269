package dk.jobvej.contact;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

/**
 * The citizen was heard (partshøring) about a no-show without a valid reason and may answer until
 * the deadline, before a decision on a sanction is made.
 */
public record ConsultationSent(AvailabilityCaseId availabilityCase, ConversationId conversation, CitizenId citizen,
		LocalDate deadline, int municipalityCode) {
}
