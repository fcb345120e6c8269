package dk.jobvej.programme;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.OfferType;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's course at a workplace, as the grants are computed from: an internship, a wage-subsidy
 * job or ordinary employment.
 *
 * @param company what identifies the workplace: two placements with the same key are at the same
 * company (an offer's id for the plan module's offers; a P-number once placements come from the
 * employer module)
 * @param plannedEnd the planned last day; null when open-ended (ordinary employment)
 * @param endedOn the actual last day, once ended
 */
public record Placement(CitizenId citizen, OfferType type, String company, LocalDate start,
		@Nullable LocalDate plannedEnd, @Nullable LocalDate endedOn) {

	/** The last day known: the actual end, or else the planned end, or else null (open-ended). */
	public @Nullable LocalDate lastDay() {
		return endedOn != null ? endedOn : plannedEnd;
	}

}
