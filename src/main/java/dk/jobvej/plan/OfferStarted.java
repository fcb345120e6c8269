package dk.jobvej.plan;

import java.time.LocalDate;
import java.time.YearMonth;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * An offer started: published on its start day (at once when it is granted with a start today or
 * earlier, otherwise by the daily run on the start day). The results module counts the KPIs from
 * it: internships, wage-subsidy jobs, adult apprenticeships, ordinary hours, personal assistance.
 *
 * @param offer the offer
 * @param citizen whose offer
 * @param municipalityCode the citizen's municipality
 * @param unit the citizen's unit when the offer was granted
 * @param type the kind of offer
 * @param provider who delivers it
 * @param startDate the first day
 * @param month the month of the first day, the month the KPI counts it in
 * @param hoursPerWeek for ordinary hours, the hours a week; otherwise null
 */
public record OfferStarted(OfferId offer, CitizenId citizen, int municipalityCode, UnitId unit, OfferType type,
		ProviderKind provider, LocalDate startDate, YearMonth month, @Nullable Integer hoursPerWeek) {
}
