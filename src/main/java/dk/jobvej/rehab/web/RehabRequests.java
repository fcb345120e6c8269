package dk.jobvej.rehab.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.jobvej.rehab.ConversationKind;
import dk.jobvej.rehab.DocumentKind;
import dk.jobvej.rehab.DocumentStatus;
import dk.jobvej.rehab.ExemptionReason;
import dk.jobvej.rehab.ExtensionGround;
import dk.jobvej.rehab.RehabCaseType;
import dk.jobvej.rehab.RehabOutcome;
import dk.jobvej.rehab.SicknessCloseReason;
import dk.jobvej.rehab.TeamFunction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the rehabilitation API and pages accept. Sizes are the column sizes; the domain checks the
 * same rules again and the rules of the law on top.
 */
final class RehabRequests {

	private RehabRequests() {
	}

	record OpenCase(@NotNull(message = "{rehab.validation.required}") @Nullable UUID citizen,
			@NotNull(message = "{rehab.validation.required}") @Nullable RehabCaseType type,
			@Nullable LocalDate arisenOn, @Nullable UUID caseworker) {
	}

	record RecordDocument(@NotNull(message = "{rehab.validation.required}") @Nullable DocumentKind kind,
			@NotNull(message = "{rehab.validation.required}") @Nullable DocumentStatus status, @Nullable LocalDate on,
			@Size(max = 1000, message = "{rehab.validation.tooLongSize}") @Nullable String note,
			@Nullable Integer version) {
	}

	record Exempt(@NotNull(message = "{rehab.validation.required}") @Nullable ExemptionReason reason,
			@Size(max = 1000, message = "{rehab.validation.tooLongSize}") @Nullable String note,
			@Nullable Integer version) {
	}

	record Recommend(@NotNull(message = "{rehab.validation.required}") @Nullable RehabOutcome outcome,
			@Size(max = 4000, message = "{rehab.validation.tooLongSize}") @Nullable String text,
			@Nullable Integer version) {
	}

	record Decide(@NotNull(message = "{rehab.validation.required}") @Nullable RehabOutcome outcome,
			@NotBlank(message = "{rehab.validation.required}") @Size(max = 4000,
					message = "{rehab.validation.tooLongSize}") @Nullable String text,
			@Nullable LocalDate decidedOn, @Nullable Integer version) {
	}

	record Grant(@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate grantedTo) {
	}

	record RecordEffort(@NotNull(message = "{rehab.validation.required}") @Nullable UUID citizen,
			@NotBlank(message = "{rehab.validation.required}") @Size(max = 60,
					message = "{rehab.validation.tooLongSize}") @Nullable String offerType,
			@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate startedOn) {
	}

	record PlanMeeting(@NotNull(message = "{rehab.validation.required}") @Nullable UUID team,
			@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate heldOn,
			@NotNull(message = "{rehab.validation.required}") @Nullable LocalTime startsAt,
			@NotBlank(message = "{rehab.validation.required}") @Size(max = 200,
					message = "{rehab.validation.tooLongSize}") @Nullable String location,
			@Min(value = 5, message = "{rehab.meeting.slot}") @Max(value = 240,
					message = "{rehab.meeting.slot}") @Nullable Integer slotMinutes) {
	}

	record AgendaCase(@NotNull(message = "{rehab.validation.required}") @Nullable UUID rehabCase) {
	}

	record Member(@NotNull(message = "{rehab.validation.required}") @Nullable TeamFunction function,
			@NotBlank(message = "{rehab.validation.required}") @Size(max = 200,
					message = "{rehab.validation.tooLongSize}") @Nullable String name) {
	}

	record FormTeam(@NotBlank(message = "{rehab.validation.required}") @Size(max = 200,
			message = "{rehab.validation.tooLongSize}") @Nullable String name,
			@NotEmpty(message = "{rehab.team.noMembers}") @Valid @Nullable List<Member> members) {
	}

	record ChangeRule(@Nullable LocalDate validFrom,
			@Size(max = 60, message = "{rehab.validation.tooLongSize}") @Nullable String value,
			@NotBlank(message = "{rehab.validation.required}") @Size(max = 1000,
					message = "{rehab.validation.tooLongSize}") @Nullable String note) {
	}

	record ChangeFreeMunicipality(@Nullable LocalDate from, @Nullable LocalDate to,
			@NotNull(message = "{rehab.validation.required}") @Min(value = 0,
					message = "{rehab.free.cost}") @Nullable Integer meetingUnitCost,
			@NotNull(message = "{rehab.validation.required}") @Min(value = 0,
					message = "{rehab.free.cost}") @Nullable Integer certificateUnitCost,
			@Nullable Integer version) {
	}

	record OpenSickness(@NotNull(message = "{rehab.validation.required}") @Nullable UUID citizen,
			@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate firstAbsenceDay,
			@Nullable Boolean employed, @Size(max = 10, message = "{rehab.cvr.invalid}") @Nullable String cvr,
			@Size(max = 200, message = "{rehab.validation.tooLongSize}") @Nullable String companyName,
			@Min(value = 1, message = "{rehab.sickness.expectedWeeks}") @Max(value = 520,
					message = "{rehab.sickness.expectedWeeks}") @Nullable Integer expectedWeeks,
			@Nullable LocalDate earlyRequestOn, @Nullable UUID caseworker) {
	}

	record HoldConversation(@NotNull(message = "{rehab.validation.required}") @Nullable ConversationKind kind,
			@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate heldOn,
			@Size(max = 4000, message = "{rehab.validation.tooLongSize}") @Nullable String note,
			@Nullable Integer version) {
	}

	record PartialReturn(@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate from,
			@NotNull(message = "{rehab.validation.required}") @Nullable Integer hoursPerWeek,
			@Nullable Integer version) {
	}

	record Step(@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate from,
			@NotNull(message = "{rehab.validation.required}") @Nullable Integer hoursPerWeek) {
	}

	record StepUpPlan(@NotEmpty(message = "{rehab.validation.required}") @Valid @Nullable List<Step> steps,
			@Nullable Integer version) {
	}

	record Extend(@NotNull(message = "{rehab.validation.required}") @Nullable ExtensionGround ground,
			@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate until,
			@Size(max = 1000, message = "{rehab.validation.tooLongSize}") @Nullable String note,
			@Nullable Integer version) {
	}

	record EarlyRequest(@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate on,
			@Nullable Integer version) {
	}

	record Close(@NotNull(message = "{rehab.validation.required}") @Nullable LocalDate on,
			@NotNull(message = "{rehab.validation.required}") @Nullable SicknessCloseReason reason,
			@Nullable Integer version) {
	}

}
