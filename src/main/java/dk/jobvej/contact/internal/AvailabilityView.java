package dk.jobvej.contact.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.AvailabilityCaseId;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationId;

import org.jspecify.annotations.Nullable;

/**
 * An availability case as the pages, the letters and the API show it: the missed conversation, the
 * consultation and its deadline, and the decision with its legal basis and appeal guidance.
 */
public record AvailabilityView(AvailabilityCaseId id, ConversationId conversation, CitizenId citizen,
		String citizenName, String maskedCpr, String caseworkerName, String unitName, ZonedDateTime missedAt,
		Channel channel, @Nullable String absenceReason, @Nullable BenefitType benefit, ZonedDateTime openedAt,
		LocalDate consultationDeadline, @Nullable String citizenResponse, boolean decided,
		@Nullable ZonedDateTime decidedAt, @Nullable Boolean sanction, @Nullable String ruleCode,
		@Nullable String legalBasis, @Nullable String reasoning, @Nullable SanctionRule rule, int version) {
}
