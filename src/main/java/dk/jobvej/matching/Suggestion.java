package dk.jobvej.matching;

import java.util.List;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.employer.VacancyId;

import org.jspecify.annotations.Nullable;

/**
 * One ranked suggestion (a candidate for a vacancy, or a vacancy for a citizen) with the reasons
 * it was suggested: which job goal or experience matched and how closely, which skills, the hours,
 * the distance and the readiness.
 *
 * @param score 0–1, higher is better
 * @param distanceKm the commuting distance, when both places are known
 */
public record Suggestion(CitizenId citizen, VacancyId vacancy, double score, List<Reason> reasons,
		@Nullable Integer distanceKm) {

	public Suggestion {
		reasons = List.copyOf(reasons);
	}

	/**
	 * A reason: a message key and its arguments (e.g. {@code matching.reason.goal} with the
	 * occupation's title and how it relates).
	 */
	public record Reason(String key, List<String> arguments) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

	}

}
