package dk.jobvej.cv;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's CV as other modules read it (matching, plan): no name and no CPR number, only what
 * the citizen can do and wants. Free texts (profile, descriptions) are left out.
 *
 * @param citizen whose CV
 * @param municipalityCode the citizen's municipality
 * @param jobGoals the job goals (jobmål), most wanted first
 * @param educations the educations, newest first
 * @param experiences the work experience, newest first
 * @param skills the skills, as the citizen or caseworker wrote them
 * @param languages the languages and how well
 * @param drivingLicences the driving-licence categories (empty: none, or not answered)
 * @param hoursPerWeek how many hours a week the citizen wishes to work; null when not given
 * @param maxCommuteKm how far the citizen will travel to work, in km; null when not given
 * @param branches the codes of the branches (DB07 main groups) the citizen wishes to work in
 * @param completeness how much of the CV is filled in, 0–100 %
 * @param usable whether every part the municipality requires is filled in
 * @param updatedAt when the CV last changed
 */
public record CvSnapshot(CitizenId citizen, int municipalityCode, List<Occupation> jobGoals, List<Education> educations,
		List<Experience> experiences, List<String> skills, List<Language> languages, Set<DrivingLicence> drivingLicences,
		@Nullable Integer hoursPerWeek, @Nullable Integer maxCommuteKm, List<String> branches, int completeness,
		boolean usable, Instant updatedAt) {

	public CvSnapshot {
		jobGoals = List.copyOf(jobGoals);
		educations = List.copyOf(educations);
		experiences = List.copyOf(experiences);
		skills = List.copyOf(skills);
		languages = List.copyOf(languages);
		drivingLicences = Set.copyOf(drivingLicences);
		branches = List.copyOf(branches);
	}

	/** An education: level, title and whether it was completed. */
	public record Education(EducationLevel level, String title, boolean completed, @Nullable Integer toYear) {
	}

	/**
	 * A work experience: the occupation when it was given, the job title, and the months (to null:
	 * still there).
	 */
	public record Experience(@Nullable String occupationCode, String title, YearMonth from, @Nullable YearMonth to) {

		/** Whole months of the experience, counting both the first and the last month. */
		public int months(YearMonth now) {
			var last = to == null ? now : to;
			return (int) (from.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
		}

	}

	/** A language (ISO 639-1 code) and how well the citizen masters it. */
	public record Language(String code, LanguageLevel level) {
	}

}
