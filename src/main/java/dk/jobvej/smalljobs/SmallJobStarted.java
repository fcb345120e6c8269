package dk.jobvej.smalljobs;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;

/**
 * The bureau employed a referred citizen on a company's task: a small job (ordinære timer) started.
 *
 * @param hoursPerWeek the agreed hours a week (at least five)
 */
public record SmallJobStarted(UUID employment, CitizenId citizen, String cvr, int hoursPerWeek, LocalDate from,
		int municipalityCode) {
}
