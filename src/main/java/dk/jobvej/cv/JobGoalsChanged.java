package dk.jobvej.cv;

import java.time.Instant;
import java.util.List;

import dk.jobvej.citizen.CitizenId;

/**
 * A citizen's job goals (jobmål) changed: matching can suggest other jobs.
 *
 * @param citizen whose job goals
 * @param municipalityCode the citizen's municipality
 * @param occupationCodes the job goals now, most wanted first (DISCO-08 / ISCO-08 unit groups)
 * @param at when
 */
public record JobGoalsChanged(CitizenId citizen, int municipalityCode, List<String> occupationCodes, Instant at) {

	public JobGoalsChanged {
		occupationCodes = List.copyOf(occupationCodes);
	}

}
