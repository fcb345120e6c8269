package dk.jobvej.smalljobs.internal;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/** A citizen referred to the bureau, as the bureau sees them (name as referred, no CPR number). */
public record Referral(UUID id, UUID bureau, CitizenId citizen, String citizenName, String referredBy,
		LocalDate referredOn, String note, @Nullable LocalDate maturingFrom, @Nullable LocalDate maturingTo,
		ReferralStatus status, @Nullable LocalDate endedOn, @Nullable EndReason endReason, int municipalityCode) {
}
