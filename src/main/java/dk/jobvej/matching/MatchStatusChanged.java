package dk.jobvej.matching;

import java.time.Instant;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.VacancyId;

import org.jspecify.annotations.Nullable;

/**
 * A match moved on: proposed (from null), presented, interview, hired or rejected. The contact
 * course can show the concrete jobs presented; results can count hires.
 */
public record MatchStatusChanged(UUID match, CitizenId citizen, VacancyId vacancy, @Nullable MatchStatus from,
		MatchStatus to, @Nullable String reason, int municipalityCode, Instant at) {
}
