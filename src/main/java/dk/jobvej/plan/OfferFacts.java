package dk.jobvej.plan;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * An offer as other modules compute with it: no names, no free text.
 *
 * @param plannedEnd null for an offer without a planned end (e.g. ordinary hours)
 * @param endedOn the last day, once ended
 * @param result how it ended, once ended
 */
public record OfferFacts(OfferId id, CitizenId citizen, int municipalityCode, UnitId unit, OfferType type,
		OfferStatus status, ProviderKind provider, LocalDate startDate, @Nullable LocalDate plannedEnd,
		@Nullable LocalDate endedOn, @Nullable OfferResult result, @Nullable Integer hoursPerWeek) {

	/** Whether the offer runs on the day (granted or ended, and the day within its period). */
	public boolean runsOn(LocalDate day) {
		if (status != OfferStatus.GRANTED && status != OfferStatus.ENDED) {
			return false;
		}
		var last = endedOn != null ? endedOn : plannedEnd;
		return !day.isBefore(startDate) && (last == null || !day.isAfter(last));
	}

}
