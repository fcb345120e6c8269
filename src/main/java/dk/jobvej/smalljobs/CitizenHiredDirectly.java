package dk.jobvej.smalljobs;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;

/**
 * The company a citizen had a small job at hired the citizen itself (direct hire, udslusning): an exit
 * to job. The results module can count it; the citizen's referral to the bureau ends.
 *
 * @param employment the small job the citizen was hired out of
 * @param cvr the company that hired
 * @param on the first day of the direct employment
 */
public record CitizenHiredDirectly(UUID employment, CitizenId citizen, String cvr, LocalDate on,
		int municipalityCode) {
}
