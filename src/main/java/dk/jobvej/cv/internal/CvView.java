package dk.jobvej.cv.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.cv.CvPart;
import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.LanguageLevel;

import org.jspecify.annotations.Nullable;

/**
 * A CV as the pages, the API and the PDF show it, with names in the reader's language.
 *
 * @param version null while no CV has been started
 * @param completeness 0–100 %
 * @param missing the parts not filled in yet, in the order of {@link CvPart}
 * @param missingRequired the parts the municipality requires that are missing
 */
public record CvView(CitizenId citizen, String name, @Nullable Integer version, int completeness, Set<CvPart> missing,
		Set<CvPart> missingRequired, boolean usable, @Nullable String profile, List<Education> educations,
		List<Experience> experiences, List<Skill> skills, List<Language> languages, boolean drivingLicenceAnswered,
		Set<DrivingLicence> drivingLicences, @Nullable Integer hoursPerWeek, @Nullable Integer maxCommuteKm,
		List<Named> branches, List<JobGoal> jobGoals, @Nullable Instant updatedAt) {

	public record Education(UUID id, EducationLevel level, String title, @Nullable String institution,
			@Nullable Integer fromYear, @Nullable Integer toYear, boolean completed) {
	}

	public record Experience(UUID id, @Nullable String occupationCode, @Nullable String occupation, String title,
			@Nullable String employer, YearMonth from, @Nullable YearMonth to, @Nullable String description) {
	}

	public record Skill(UUID id, String name) {
	}

	public record Language(UUID id, String code, String name, LanguageLevel level) {
	}

	public record JobGoal(UUID id, String occupationCode, String title, @Nullable String note) {
	}

	/** A code with its name in the reader's language. */
	public record Named(String code, String name) {
	}

}
