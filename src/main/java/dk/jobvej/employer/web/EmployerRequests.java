package dk.jobvej.employer.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.employer.CompanySize;
import dk.jobvej.employer.FollowUpOutcome;
import dk.jobvej.employer.PlacementEnded.EndReason;
import dk.jobvej.employer.PlacementType;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.employer.VisitOutcome;
import dk.jobvej.employer.VisitPurpose;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the employer API and pages accept. Sizes are the column sizes; the aggregates check the
 * rules again (CVR modulus 11, hours of small tasks, deadlines).
 */
final class EmployerRequests {

	private EmployerRequests() {
	}

	record CreateCompany(@NotBlank(message = "{employer.validation.required}") @Size(max = 12,
			message = "{employer.cvr.invalid}") @Nullable String cvr,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
					message = "{employer.validation.tooLongField}") @Nullable String name,
			@NotBlank(message = "{employer.validation.required}") @Pattern(regexp = "0[1-9]|10",
					message = "{employer.branch.unknown}") @Nullable String branch,
			@NotNull(message = "{employer.validation.required}") @Nullable CompanySize size,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
					message = "{employer.validation.tooLongField}") @Nullable String street,
			@NotBlank(message = "{employer.validation.required}") @Pattern(regexp = "[0-9]{4}",
					message = "{employer.postcode.format}") @Nullable String postcode,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 100,
					message = "{employer.validation.tooLongField}") @Nullable String city,
			@Nullable UUID consultant) {
	}

	record AddWorkplace(@NotBlank(message = "{employer.validation.required}") @Pattern(regexp = "[0-9]{10}",
			message = "{employer.pNumber.format}") @Nullable String pNumber,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
					message = "{employer.validation.tooLongField}") @Nullable String name,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
					message = "{employer.validation.tooLongField}") @Nullable String street,
			@NotBlank(message = "{employer.validation.required}") @Pattern(regexp = "[0-9]{4}",
					message = "{employer.postcode.format}") @Nullable String postcode,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 100,
					message = "{employer.validation.tooLongField}") @Nullable String city,
			@Nullable Integer version) {
	}

	record AddContact(@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
			message = "{employer.validation.tooLongField}") @Nullable String name,
			@Size(max = 200, message = "{employer.validation.tooLongField}") @Nullable String title,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
					message = "{employer.validation.tooLongField}") @Nullable String email,
			@Size(max = 30, message = "{employer.validation.tooLongField}") @Nullable String phone,
			@Nullable Integer version) {
	}

	record RecordVisit(@NotNull(message = "{employer.validation.required}") @Nullable LocalDate visitedOn,
			@NotNull(message = "{employer.validation.required}") @Nullable VisitPurpose purpose,
			@NotNull(message = "{employer.validation.required}") @Nullable VisitOutcome outcome,
			@Size(max = 2000, message = "{employer.validation.tooLongField}") @Nullable String note) {
	}

	record OpenVacancy(@NotBlank(message = "{employer.validation.required}") @Pattern(regexp = "[0-9]{4}",
			message = "{employer.occupation.unknown}") @Nullable String occupation,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
					message = "{employer.validation.tooLongField}") @Nullable String title,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 4000,
					message = "{employer.validation.tooLongField}") @Nullable String description,
			@NotNull(message = "{employer.validation.required}") @Min(value = 1,
					message = "{employer.vacancy.hours}") @Max(value = 48,
							message = "{employer.vacancy.hours}") @Nullable Integer hoursPerWeek,
			@NotBlank(message = "{employer.validation.required}") @Pattern(regexp = "[0-9]{4}",
					message = "{employer.postcode.format}") @Nullable String postcode,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 100,
					message = "{employer.validation.tooLongField}") @Nullable String city,
			@Nullable LocalDate startsOn, @Nullable LocalDate deadline, @Nullable VacancyKind kind) {
	}

	record CarveTask(@NotBlank(message = "{employer.validation.required}") @Pattern(regexp = "[0-9]{4}",
			message = "{employer.occupation.unknown}") @Nullable String occupation,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
					message = "{employer.validation.tooLongField}") @Nullable String title,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 4000,
					message = "{employer.validation.tooLongField}") @Nullable String description,
			@NotNull(message = "{employer.validation.required}") @Min(value = 1,
					message = "{employer.vacancy.hours}") @Max(value = 48,
							message = "{employer.vacancy.hours}") @Nullable Integer hoursPerWeek) {
	}

	record Carve(@NotEmpty(message = "{employer.vacancy.noTasks}") @Size(max = 10,
			message = "{employer.vacancy.tooManyTasks}") @Nullable List<@Valid CarveTask> tasks) {
	}

	record CloseVacancy(@NotNull(message = "{employer.validation.required}") @Nullable VacancyStatus status,
			@Nullable Integer version) {
	}

	record StartPlacement(@NotNull(message = "{employer.validation.required}") @Nullable UUID citizen,
			@NotNull(message = "{employer.validation.required}") @Nullable UUID company, @Nullable UUID vacancy,
			@NotNull(message = "{employer.validation.required}") @Nullable PlacementType type,
			@NotNull(message = "{employer.validation.required}") @Nullable LocalDate from, @Nullable LocalDate plannedTo,
			@NotNull(message = "{employer.validation.required}") @Min(value = 1,
					message = "{employer.vacancy.hours}") @Max(value = 48,
							message = "{employer.vacancy.hours}") @Nullable Integer hoursPerWeek) {
	}

	record EndPlacement(@NotNull(message = "{employer.validation.required}") @Nullable LocalDate to,
			@NotNull(message = "{employer.validation.required}") @Nullable EndReason reason,
			@Nullable Integer version) {
	}

	record RecordFollowUp(@NotNull(message = "{employer.validation.required}") @Nullable Integer position,
			@NotNull(message = "{employer.validation.required}") @Nullable FollowUpOutcome outcome,
			@Size(max = 2000, message = "{employer.validation.tooLongField}") @Nullable String note) {
	}

	record CreatePortalUser(@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
			message = "{employer.validation.tooLongField}") @Nullable String name,
			@NotBlank(message = "{employer.validation.required}") @Size(max = 200,
					message = "{employer.validation.tooLongField}") @Nullable String email,
			@NotBlank(message = "{employer.validation.required}") @Size(min = 12, max = 200,
					message = "{employer.password.length}") @Nullable String password) {
	}

	record Search(@Size(max = 200, message = "{employer.search.tooLong}") @Nullable String q) {
	}

	record Created(UUID id) {
	}

	record CreatedMany(List<UUID> ids) {
	}

}
