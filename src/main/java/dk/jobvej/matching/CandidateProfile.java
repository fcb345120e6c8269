package dk.jobvej.matching;

import java.time.Instant;
import java.util.List;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.occupation.OccupationCode;

import org.jspecify.annotations.Nullable;

/**
 * What matching needs to know of a citizen's CV: job goals (most wanted first), work experience by
 * occupation and months, skills, education, the hours a week they want, how far they will commute
 * from where they live, and how ready they are. No name, no CPR number. The cv module's CVs are
 * turned into these by an adapter (see docs/modules/matching.md); tests and the demo put them
 * through {@link CandidateIndex}.
 *
 * @param educationLevel the highest completed education as a rank, 0 (none or primary school) to 6 (long higher education)
 * @param postcode where the citizen lives, for commuting distances
 */
public record CandidateProfile(CitizenId citizen, int municipalityCode, List<OccupationCode> jobGoals,
		List<Experience> experience, List<String> skills, int educationLevel, List<String> educations,
		@Nullable Integer hoursPerWeek, @Nullable Integer maxCommuteKm, @Nullable String postcode, Readiness readiness,
		Instant updatedAt) {

	public CandidateProfile {
		jobGoals = List.copyOf(jobGoals);
		experience = List.copyOf(experience);
		skills = List.copyOf(skills);
		educations = List.copyOf(educations);
		if (educationLevel < 0 || educationLevel > 6) {
			throw new IllegalArgumentException("Education level is 0-6");
		}
	}

	/** Work experience in an occupation: its title and how many months. */
	public record Experience(@Nullable OccupationCode occupation, String title, int months) {
	}

}
