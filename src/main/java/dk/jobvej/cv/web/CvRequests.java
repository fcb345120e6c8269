package dk.jobvej.cv.web;

import java.time.YearMonth;
import java.util.Set;

import dk.jobvej.cv.DrivingLicence;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.cv.internal.PlainText;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the CV pages and API accept. The sizes are the column sizes; the aggregate checks the same
 * rules and the ones that need more than one field (an end before a start) or today's date.
 */
final class CvRequests {

	private CvRequests() {
	}

	record AddEducation(@NotNull(message = "{cv.validation.required}") @Nullable EducationLevel level,
			@NotBlank(message = "{cv.validation.required}") @Size(max = 150,
					message = "{cv.validation.tooLong}") @PlainText @Nullable String title,
			@Size(max = 150, message = "{cv.validation.tooLong}") @PlainText @Nullable String institution,
			@Min(value = 1930, message = "{cv.validation.year}") @Max(value = 2100,
					message = "{cv.validation.year}") @Nullable Integer fromYear,
			@Min(value = 1930, message = "{cv.validation.year}") @Max(value = 2100,
					message = "{cv.validation.year}") @Nullable Integer toYear,
			@Nullable Boolean completed, @Nullable Integer version) {
	}

	record AddExperience(@Size(max = 4, message = "{cv.validation.tooLong}") @Nullable String occupation,
			@NotBlank(message = "{cv.validation.required}") @Size(max = 100,
					message = "{cv.validation.tooLong}") @PlainText @Nullable String title,
			@Size(max = 100, message = "{cv.validation.tooLong}") @PlainText @Nullable String employer,
			@NotNull(message = "{cv.validation.required}") @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth from,
			@DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth to,
			@Size(max = 1000, message = "{cv.validation.tooLong}") @PlainText @Nullable String description,
			@Nullable Integer version) {
	}

	record AddSkill(@NotBlank(message = "{cv.validation.required}") @Size(max = 60,
			message = "{cv.validation.tooLong}") @PlainText @Nullable String name, @Nullable Integer version) {
	}

	record AddLanguage(@NotBlank(message = "{cv.validation.required}") @Size(max = 3,
			message = "{cv.validation.tooLong}") @Nullable String code,
			@NotNull(message = "{cv.validation.required}") @Nullable LanguageLevel level, @Nullable Integer version) {
	}

	record AnswerDrivingLicences(@Nullable Set<DrivingLicence> licences, @Nullable Integer version) {
	}

	record Wish(@NotNull(message = "{cv.validation.required}") @Min(value = 1, message = "{cv.wishes.hours}") @Max(
			value = 48, message = "{cv.wishes.hours}") @Nullable Integer hoursPerWeek,
			@NotNull(message = "{cv.validation.required}") @Min(value = 0, message = "{cv.wishes.commute}") @Max(
					value = 300, message = "{cv.wishes.commute}") @Nullable Integer maxCommuteKm,
			@Nullable Set<@Size(max = 4) String> branches, @Nullable Integer version) {
	}

	record AddJobGoal(@NotBlank(message = "{cv.validation.required}") @Size(max = 4,
			message = "{cv.validation.tooLong}") @Nullable String occupation,
			@Size(max = 200, message = "{cv.validation.tooLong}") @PlainText @Nullable String note,
			@Nullable Integer version) {
	}

	record Describe(@Size(max = 1000, message = "{cv.validation.tooLong}") @PlainText @Nullable String profile,
			@Nullable Integer version) {
	}

	record Remove(@Nullable Integer version) {
	}

}
