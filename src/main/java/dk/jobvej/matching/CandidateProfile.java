package dk.jobvej.matching;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.CvSnapshot;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.occupation.OccupationCode;

import org.jspecify.annotations.Nullable;

/**
 * What matching needs to know of a citizen's CV: job goals (most wanted first), work experience by
 * occupation and months, skills, education, the hours a week they want, how far they will commute
 * from where they live, and how ready they are. No name, no CPR number. Made from the cv module's
 * CVs ({@link #fromCv}) whenever a CV changes; the demo loads them in bulk through
 * {@link CandidateIndex}.
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

	/**
	 * What matching takes from a CV: the job goals, the experience in months up to {@code now}, the
	 * skills, the highest completed education, the hours and the commuting limit. Readiness and
	 * postcode are not in the CV; the caller brings them.
	 */
	public static CandidateProfile fromCv(CvSnapshot cv, Readiness readiness, @Nullable String postcode,
			YearMonth now) {
		var completed = cv.educations().stream().filter(CvSnapshot.Education::completed).toList();
		return new CandidateProfile(cv.citizen(), cv.municipalityCode(),
				cv.jobGoals().stream().map(goal -> new OccupationCode(goal.code())).toList(),
				cv.experiences()
					.stream()
					.map(e -> new Experience(e.occupationCode() == null ? null : new OccupationCode(e.occupationCode()),
							e.title(), e.months(now)))
					.toList(),
				cv.skills(), completed.stream().mapToInt(e -> rank(e.level())).max().orElse(0),
				completed.stream().map(CvSnapshot.Education::title).toList(), cv.hoursPerWeek(), cv.maxCommuteKm(),
				postcode, readiness, cv.updatedAt());
	}

	/** The CV's education levels on matching's scale of 0 (none or primary school) to 6 (long higher education). */
	private static int rank(EducationLevel level) {
		return switch (level) {
			case GRUNDSKOLE, ANDET -> 0;
			case KURSUS -> 1;
			case GYMNASIAL -> 2;
			case ERHVERVSUDDANNELSE -> 3;
			case KORT_VIDEREGAAENDE -> 4;
			case MELLEMLANG_VIDEREGAAENDE -> 5;
			case LANG_VIDEREGAAENDE -> 6;
		};
	}

	/** Work experience in an occupation: its title and how many months. */
	public record Experience(@Nullable OccupationCode occupation, String title, int months) {
	}

}
