package dk.jobvej.plan.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;
import dk.jobvej.plan.internal.PlainText;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the plan pages and API accept. Sizes are the column sizes; the services check the rules
 * that need today's date, the rule tables or more than one field, and name the field.
 */
final class PlanRequests {

	private PlanRequests() {
	}

	record GrantOffer(@Nullable OfferType type, @Nullable UUID project, @Nullable ProviderKind providerKind,
			@Size(max = 150, message = "{plan.validation.tooLong}") @PlainText @Nullable String providerName,
			@Size(max = 8, message = "{plan.offer.cvr}") @Nullable String providerCvr,
			@NotNull(message = "{plan.validation.required}") @Nullable LocalDate startDate,
			@Nullable LocalDate plannedEnd,
			@Min(value = 1, message = "{plan.offer.hours}") @Max(value = 37,
					message = "{plan.offer.hours}") @Nullable Integer hoursPerWeek,
			@Size(max = 1000, message = "{plan.validation.tooLong}") @PlainText @Nullable String reason) {
	}

	record RefuseOffer(@NotNull(message = "{plan.validation.required}") @Nullable OfferType type,
			@Nullable ProviderKind providerKind,
			@Size(max = 150, message = "{plan.validation.tooLong}") @PlainText @Nullable String providerName,
			@NotBlank(message = "{plan.validation.required}") @Size(max = 1000,
					message = "{plan.validation.tooLong}") @PlainText @Nullable String reason) {
	}

	record ExtendOffer(@NotNull(message = "{plan.validation.required}") @Nullable LocalDate plannedEnd,
			@Nullable Boolean specialNeed,
			@NotBlank(message = "{plan.validation.required}") @Size(max = 1000,
					message = "{plan.validation.tooLong}") @PlainText @Nullable String reason,
			@Nullable Integer version) {
	}

	record EndOffer(@NotNull(message = "{plan.validation.required}") @Nullable LocalDate lastDay,
			@NotNull(message = "{plan.validation.required}") @Nullable OfferResult result,
			@NotBlank(message = "{plan.validation.required}") @Size(max = 1000,
					message = "{plan.validation.tooLong}") @PlainText @Nullable String reason,
			@Nullable Integer version) {
	}

	record GrantWaiting(@Nullable LocalDate startDate, @Nullable LocalDate plannedEnd,
			@Size(max = 1000, message = "{plan.validation.tooLong}") @PlainText @Nullable String reason,
			@Nullable Integer version) {
	}

	record CancelWaiting(@NotBlank(message = "{plan.validation.required}") @Size(max = 1000,
			message = "{plan.validation.tooLong}") @PlainText @Nullable String reason, @Nullable Integer version) {
	}

	record SetEndGoal(@NotBlank(message = "{plan.validation.required}") @Size(max = 500,
			message = "{plan.validation.tooLong}") @PlainText @Nullable String text,
			@Size(max = 4, message = "{plan.validation.tooLong}") @Nullable String occupation,
			@Size(max = 1000, message = "{plan.validation.tooLong}") @PlainText @Nullable String reason,
			@Nullable Integer version) {
	}

	record AddSubGoal(@NotBlank(message = "{plan.validation.required}") @Size(max = 500,
			message = "{plan.validation.tooLong}") @PlainText @Nullable String text, @Nullable LocalDate due,
			@Nullable Integer version) {
	}

	record CloseGoal(@NotNull(message = "{plan.validation.required}") @Nullable Boolean reached,
			@Nullable Integer version) {
	}

	record Agree(@NotNull(message = "{plan.validation.required}") @Nullable LocalDate conversationDate,
			@Nullable UUID conversation,
			@NotBlank(message = "{plan.validation.required}") @Size(max = 2000,
					message = "{plan.validation.tooLong}") @PlainText @Nullable String text,
			@Nullable Integer version) {
	}

	record PointTo(@NotBlank(message = "{plan.validation.required}") @Size(max = 40,
			message = "{plan.validation.tooLong}") @PlainText @Nullable String item,
			@Size(max = 500, message = "{plan.validation.tooLong}") @PlainText @Nullable String note,
			@Nullable Integer version) {
	}

	/** A measurement: the day, a score 1–5 per indicator code, and a note. */
	record Measure(@NotNull(message = "{plan.validation.required}") @Nullable LocalDate measuredOn,
			@Nullable Map<String, Integer> scores,
			@Size(max = 1000, message = "{plan.validation.tooLong}") @PlainText @Nullable String note) {
	}

	/** The steps of a self-help item the citizen has done, counted from 1. */
	record Tick(@Nullable Set<Integer> done) {
	}

	/** A catalogue project as an administrator describes it, with its own duration in weeks. */
	record DescribeProject(@NotBlank(message = "{plan.validation.required}") @Size(max = 150,
			message = "{plan.validation.tooLong}") @PlainText @Nullable String name,
			@NotBlank(message = "{plan.validation.required}") @Size(max = 150,
					message = "{plan.validation.tooLong}") @PlainText @Nullable String heading,
			@NotNull(message = "{plan.validation.required}") @Nullable ProviderKind providerKind,
			@NotBlank(message = "{plan.validation.required}") @Size(max = 150,
					message = "{plan.validation.tooLong}") @PlainText @Nullable String providerName,
			@NotNull(message = "{plan.validation.required}") @Nullable OfferType offerType,
			@Size(max = 2000, message = "{plan.validation.tooLong}") @PlainText @Nullable String targetGroup,
			@Size(max = 4000, message = "{plan.validation.tooLong}") @PlainText @Nullable String content,
			@Size(max = 2000, message = "{plan.validation.tooLong}") @PlainText @Nullable String prerequisites,
			@Size(max = 200, message = "{plan.validation.tooLong}") @PlainText @Nullable String intake,
			@Size(max = 500, message = "{plan.validation.tooLong}") @PlainText @Nullable String duration,
			@Size(max = 200, message = "{plan.validation.tooLong}") @PlainText @Nullable String meetingHours,
			@Min(value = 0, message = "{plan.project.places}") @Max(value = 10000,
					message = "{plan.project.places}") @Nullable Integer places,
			@NotBlank(message = "{plan.validation.required}") @Size(max = 1000,
					message = "{plan.validation.tooLong}") @PlainText @Nullable String source,
			@Nullable Boolean active, @Nullable Integer baseWeeks, @Nullable Integer extensionWeeks,
			@Nullable Integer maxWeeks, @Nullable Integer version) {
	}

}
