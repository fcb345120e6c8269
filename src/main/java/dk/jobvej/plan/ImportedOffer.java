package dk.jobvej.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/** An offer to import, with its outcome when it has ended. */
public record ImportedOffer(UUID id, CitizenId citizen, int municipalityCode, UnitId unit, OfferType type,
		OfferStatus status, ProviderKind provider, String providerName, @Nullable UUID project, LocalDate startDate,
		@Nullable LocalDate plannedEnd, @Nullable LocalDate endedOn, @Nullable OfferResult result,
		@Nullable Integer hoursPerWeek, Instant createdAt) {
}
