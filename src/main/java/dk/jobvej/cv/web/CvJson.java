package dk.jobvej.cv.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.cv.CvPart;
import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.cv.internal.CvView;
import dk.jobvej.cv.internal.CvWorklist;

import org.jspecify.annotations.Nullable;

/** The JSON the CV API answers with: ids as plain UUIDs, codes with their names in the caller's language. */
final class CvJson {

	private CvJson() {
	}

	record Cv(UUID citizen, String name, @Nullable Integer version, int completeness, boolean usable,
			Set<CvPart> missing, Set<CvPart> missingRequired, @Nullable String profile, List<Education> educations,
			List<Experience> experiences, List<Entry> skills, List<Language> languages, boolean drivingLicenceAnswered,
			Set<DrivingLicence> drivingLicences, @Nullable Integer hoursPerWeek, @Nullable Integer maxCommuteKm,
			List<CvView.Named> branches, List<JobGoal> jobGoals, @Nullable Instant updatedAt) {

		static Cv of(CvView view) {
			return new Cv(view.citizen().value(), view.name(), view.version(), view.completeness(), view.usable(),
					view.missing(), view.missingRequired(), view.profile(),
					view.educations()
						.stream()
						.map(e -> new Education(e.id(), e.level(), e.title(), e.institution(), e.fromYear(), e.toYear(),
								e.completed()))
						.toList(),
					view.experiences()
						.stream()
						.map(e -> new Experience(e.id(), e.occupationCode(), e.occupation(), e.title(), e.employer(),
								e.from(), e.to(), e.description()))
						.toList(),
					view.skills().stream().map(s -> new Entry(s.id(), s.name())).toList(),
					view.languages().stream().map(l -> new Language(l.id(), l.code(), l.name(), l.level())).toList(),
					view.drivingLicenceAnswered(), view.drivingLicences(), view.hoursPerWeek(), view.maxCommuteKm(),
					view.branches(),
					view.jobGoals().stream().map(g -> new JobGoal(g.id(), g.occupationCode(), g.title(), g.note())).toList(),
					view.updatedAt());
		}

	}

	record Education(UUID id, EducationLevel level, String title, @Nullable String institution,
			@Nullable Integer fromYear, @Nullable Integer toYear, boolean completed) {
	}

	record Experience(UUID id, @Nullable String occupationCode, @Nullable String occupation, String title,
			@Nullable String employer, YearMonth from, @Nullable YearMonth to, @Nullable String description) {
	}

	record Entry(UUID id, String name) {
	}

	record Language(UUID id, String code, String name, LanguageLevel level) {
	}

	record JobGoal(UUID id, String occupationCode, String title, @Nullable String note) {
	}

	record Created(UUID id) {
	}

	record Missing(UUID citizen, String name, String maskedCpr, String benefit, @Nullable Integer completeness) {

		static Missing of(CvWorklist.Missing missing) {
			return new Missing(missing.citizen().value(), missing.name(), missing.maskedCpr(), missing.benefit().name(),
					missing.completeness());
		}

	}

}
