package dk.jobvej.cv;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/** A CV to import, as a whole. */
public record ImportedCv(CitizenId citizen, int municipalityCode, @Nullable String profile, List<Education> educations,
		List<Experience> experiences, List<String> skills, List<Language> languages, boolean drivingLicenceAnswered,
		Set<DrivingLicence> drivingLicences, @Nullable Integer hoursPerWeek, @Nullable Integer maxCommuteKm,
		List<String> branches, List<JobGoal> jobGoals, Instant updatedAt) {

	public ImportedCv {
		educations = List.copyOf(educations);
		experiences = List.copyOf(experiences);
		skills = List.copyOf(skills);
		languages = List.copyOf(languages);
		drivingLicences = Set.copyOf(drivingLicences);
		branches = List.copyOf(branches);
		jobGoals = List.copyOf(jobGoals);
	}

	public record Education(EducationLevel level, String title, @Nullable String institution, @Nullable Integer fromYear,
			@Nullable Integer toYear, boolean completed) {
	}

	public record Experience(@Nullable String occupationCode, String title, @Nullable String employer, YearMonth from,
			@Nullable YearMonth to) {
	}

	public record Language(String code, LanguageLevel level) {
	}

	public record JobGoal(String occupationCode, @Nullable String note) {
	}

}
