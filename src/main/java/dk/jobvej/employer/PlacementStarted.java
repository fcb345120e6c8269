package dk.jobvej.employer;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * A citizen started at a company: the plan module can link it to the citizen's plan, the results
 * module count it against the targets.
 *
 * @param plannedTo the last day agreed, if agreed
 */
public record PlacementStarted(PlacementId placement, CitizenId citizen, Cvr cvr, PlacementType type,
		LocalDate from, @Nullable LocalDate plannedTo, int hoursPerWeek, int municipalityCode) {
}
