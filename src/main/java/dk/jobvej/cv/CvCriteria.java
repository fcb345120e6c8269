package dk.jobvej.cv;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a search for CVs asks for (the candidate bank: kandidatbank). Every criterion given must
 * hold; a criterion left out (null or empty) does not narrow the search.
 *
 * @param municipalityCode the municipality whose citizens are searched (required)
 * @param occupationCodes any of these occupations as a job goal or a work experience
 * @param skills any of these skills (case ignored)
 * @param minimumEducation at least one completed education at this level or above (ANDET counts as none)
 * @param drivingLicence holds this driving-licence category
 * @param hoursPerWeek the job's hours: the citizen wishes at least this many
 * @param commuteKm the distance to the job: the citizen travels at least this far
 * @param usableOnly only CVs that are usable
 * @param limit at most this many CVs (1–500)
 */
public record CvCriteria(int municipalityCode, Set<String> occupationCodes, Set<String> skills,
		@Nullable EducationLevel minimumEducation, @Nullable DrivingLicence drivingLicence, @Nullable Integer hoursPerWeek,
		@Nullable Integer commuteKm, boolean usableOnly, int limit) {

	public CvCriteria {
		occupationCodes = Set.copyOf(occupationCodes);
		skills = Set.copyOf(skills);
		if (limit < 1 || limit > 500) {
			throw new IllegalArgumentException("limit must be 1–500: " + limit);
		}
	}

	/** Everything in the municipality, up to the limit. */
	public static CvCriteria in(int municipalityCode, int limit) {
		return new CvCriteria(municipalityCode, Set.of(), Set.of(), null, null, null, null, false, limit);
	}

}
