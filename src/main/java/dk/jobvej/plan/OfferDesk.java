package dk.jobvej.plan;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * Granting offers for other modules (the employer module placing a citizen in an internship, the
 * demo data), as the signed-in member of staff and under the same rules as the plan pages: need to
 * know, the duration rules, the waiting lists and the decision letters.
 */
public interface OfferDesk {

	/**
	 * Grants an offer, or refers to a catalogue project (a full one puts it on the waiting list).
	 * @param project a catalogue project, which gives the type and provider; null for a company or
	 * supplier named by {@code type} and {@code providerName}
	 * @param reason the purpose and reasons, printed in the decision letter
	 */
	OfferId grant(CitizenId citizen, @Nullable OfferType type, @Nullable UUID project, @Nullable ProviderKind provider,
			@Nullable String providerName, LocalDate start, @Nullable LocalDate plannedEnd,
			@Nullable Integer hoursPerWeek, String reason);

}
