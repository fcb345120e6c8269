package dk.jobvej.contact;

import java.time.Instant;
import java.time.LocalDate;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;

import org.jspecify.annotations.Nullable;

/**
 * A decision in an availability case: a sanction ({@code sanction} true) or none, with the rule
 * and legal basis it rests on. Meant for the benefit office, which pays (or stops paying) the
 * benefit; payment itself is outside Jobvej.
 */
public record SanctionDecided(AvailabilityCaseId availabilityCase, ConversationId conversation, CitizenId citizen,
		@Nullable BenefitType benefit, LocalDate absenceDay, boolean sanction, String ruleCode, String legalBasis,
		StaffId decidedBy, Instant decidedAt, int municipalityCode) {
}
