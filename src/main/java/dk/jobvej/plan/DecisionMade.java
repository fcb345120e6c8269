package dk.jobvej.plan;

import java.time.Instant;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * A decision (afgørelse) was made and its letter stored on the case.
 *
 * @param decision the decision's id
 * @param citizen whose case
 * @param municipalityCode the citizen's municipality
 * @param kind what was decided
 * @param offer the offer it concerns, if any
 * @param at when
 */
public record DecisionMade(UUID decision, CitizenId citizen, int municipalityCode, DecisionKind kind,
		@Nullable OfferId offer, Instant at) {
}
