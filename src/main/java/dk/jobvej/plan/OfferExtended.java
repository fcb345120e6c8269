package dk.jobvej.plan;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

/** An offer was extended: its planned end moved from {@code previousEnd} to {@code plannedEnd}. */
public record OfferExtended(OfferId offer, CitizenId citizen, int municipalityCode, OfferType type,
		LocalDate previousEnd, LocalDate plannedEnd) {
}
