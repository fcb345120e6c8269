package dk.jobvej.cv.internal;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.LanguageLevel;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The entries of a {@link Cv}: its parts as rows of the {@code cv} schema. */
final class Entries {

	private Entries() {
	}

	/** An education (uddannelse); years are calendar years, both optional. */
	@Table(schema = "cv", name = "education")
	record EducationEntry(@Id UUID id, EducationLevel level, String title, @Nullable String institution,
			@Nullable Integer fromYear, @Nullable Integer toYear, boolean completed, int municipalityCode) {
	}

	/** A work experience (erhvervserfaring); months are stored as their first day; to null: still there. */
	@Table(schema = "cv", name = "experience")
	record ExperienceEntry(@Id UUID id, @Nullable String occupationCode, String title, @Nullable String employer,
			LocalDate fromMonth, @Nullable LocalDate toMonth, @Nullable String description, int municipalityCode) {
	}

	@Table(schema = "cv", name = "skill")
	record SkillEntry(@Id UUID id, String name, int municipalityCode) {
	}

	@Table(schema = "cv", name = "language")
	record LanguageEntry(@Id UUID id, String code, LanguageLevel level, int municipalityCode) {
	}

	@Table(schema = "cv", name = "driving_licence")
	record DrivingLicenceEntry(DrivingLicence category, int municipalityCode) {
	}

	@Table(schema = "cv", name = "branch")
	record BranchEntry(String code, int municipalityCode) {
	}

	/** A job goal (jobmål): an occupation, and the citizen's own words about it. */
	@Table(schema = "cv", name = "job_goal")
	record JobGoalEntry(@Id UUID id, String occupationCode, @Nullable String note, int municipalityCode) {
	}

}
