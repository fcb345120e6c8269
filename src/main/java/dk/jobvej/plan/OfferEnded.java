package dk.jobvej.plan;

import java.time.LocalDate;
import java.time.YearMonth;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;

/**
 * An offer ended (its last day was set), with its result.
 *
 * @param offer the offer
 * @param citizen whose offer
 * @param municipalityCode the citizen's municipality
 * @param unit the citizen's unit when the offer was granted
 * @param type the kind of offer
 * @param startDate the first day
 * @param lastDay the last day
 * @param month the month of the last day
 * @param result how it ended
 */
public record OfferEnded(OfferId offer, CitizenId citizen, int municipalityCode, UnitId unit, OfferType type,
		LocalDate startDate, LocalDate lastDay, YearMonth month, OfferResult result) {
}
