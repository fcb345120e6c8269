package dk.jobvej.youth.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.youth.ClubKind;
import dk.jobvej.youth.FvuResult;
import dk.jobvej.youth.OrderEndReason;
import dk.jobvej.youth.SupporterKind;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the youth API and pages accept; the domain checks the rules again. */
final class YouthRequests {

	private YouthRequests() {
	}

	record IssueOrder(@NotNull(message = "{youth.validation.required}") @Nullable UUID citizen,
			@Nullable LocalDate issuedOn,
			@NotNull(message = "{youth.validation.required}") @Nullable LocalDate deadline,
			@Nullable Boolean noQualification, @Nullable UUID caseworker) {
	}

	record Advance(@NotNull(message = "{youth.validation.required}") @Nullable LocalDate completedOn,
			@NotNull(message = "{youth.validation.required}") @Nullable LocalDate deadline,
			@NotBlank(message = "{youth.validation.required}") @Size(max = 200,
					message = "{youth.validation.tooLongSize}") @Nullable String education,
			@Nullable Integer version) {
	}

	record Revise(@NotNull(message = "{youth.validation.required}") @Nullable LocalDate deadline,
			@Nullable Integer version) {
	}

	record End(@NotNull(message = "{youth.validation.required}") @Nullable LocalDate on,
			@NotNull(message = "{youth.validation.required}") @Nullable OrderEndReason reason,
			@Nullable Integer version) {
	}

	record Meet(@NotNull(message = "{youth.validation.required}") @Nullable UUID citizen,
			@NotNull(message = "{youth.validation.required}") @Nullable LocalDate metOn, @Nullable Boolean referToFvu,
			@Size(max = 1000, message = "{youth.validation.tooLongSize}") @Nullable String note) {
	}

	record FvuTest(@NotNull(message = "{youth.validation.required}") @Nullable LocalDate testedOn,
			@NotNull(message = "{youth.validation.required}") @Nullable FvuResult result) {
	}

	record CreateClub(@NotBlank(message = "{youth.validation.required}") @Size(max = 200,
			message = "{youth.validation.tooLongSize}") @Nullable String name,
			@NotNull(message = "{youth.validation.required}") @Nullable ClubKind kind) {
	}

	record JoinClub(@NotNull(message = "{youth.validation.required}") @Nullable UUID citizen) {
	}

	record ClubSession(@NotNull(message = "{youth.validation.required}") @Nullable LocalDate heldOn,
			@Nullable List<UUID> present) {
	}

	record RegisterYoungPerson(@NotBlank(message = "{youth.validation.required}") @Size(max = 100,
			message = "{youth.validation.tooLongSize}") @Nullable String givenName,
			@NotBlank(message = "{youth.validation.required}") @Size(max = 100,
					message = "{youth.validation.tooLongSize}") @Nullable String familyName,
			@NotNull(message = "{youth.validation.required}") @Nullable LocalDate birthDate) {
	}

	record CreateJob(@NotBlank(message = "{youth.validation.required}") @Size(max = 10,
			message = "{youth.cvr.invalid}") @Nullable String cvr,
			@NotBlank(message = "{youth.validation.required}") @Size(max = 200,
					message = "{youth.validation.tooLongSize}") @Nullable String companyName,
			@NotBlank(message = "{youth.validation.required}") @Size(max = 200,
					message = "{youth.validation.tooLongSize}") @Nullable String title,
			@NotNull(message = "{youth.validation.required}") @Min(value = 1, message = "{youth.leisure.hours}") @Max(
					value = 37, message = "{youth.leisure.hours}") @Nullable Integer hoursPerWeek) {
	}

	record Place(@NotNull(message = "{youth.validation.required}") @Nullable UUID youngPerson,
			@NotNull(message = "{youth.validation.required}") @Nullable SupporterKind supporterKind,
			@Nullable UUID supporter,
			@NotNull(message = "{youth.validation.required}") @Nullable LocalDate startedOn,
			@Nullable LocalDate endedOn) {
	}

	record FigureLine(@NotNull(message = "{youth.validation.required}") @Nullable Integer municipalityCode,
			@NotNull(message = "{youth.validation.required}") @Nullable Integer year,
			@NotNull(message = "{youth.validation.required}") @Nullable Integer population,
			@Nullable Integer withLeisureJob) {
	}

	record ImportFigures(@NotEmpty(message = "{youth.validation.required}") @Valid @Nullable List<FigureLine> figures) {
	}

	record ChangeRule(@Nullable LocalDate validFrom,
			@Size(max = 60, message = "{youth.validation.tooLongSize}") @Nullable String value,
			@NotBlank(message = "{youth.validation.required}") @Size(max = 1000,
					message = "{youth.validation.tooLongSize}") @Nullable String note) {
	}

}
