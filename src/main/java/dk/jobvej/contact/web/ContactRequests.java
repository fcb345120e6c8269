package dk.jobvej.contact.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.contact.CancelledBy;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.ParticipantRole;
import dk.jobvej.contact.SuggestedJob;
import dk.jobvej.contact.internal.ConversationRequest;
import dk.jobvej.identity.StaffId;
import dk.jobvej.platform.RuleViolation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the contact API and pages accept. The sizes are the database columns'; the module's domain
 * checks the same rules again. Times are Danish time ({@code 2026-05-12T10:00}).
 */
final class ContactRequests {

	private ContactRequests() {
	}

	/** A conversation to book (or, for the unplanned endpoint, that was held). */
	record Book(@NotNull(message = "{contact.validation.required}") @Nullable UUID citizen, @Nullable UUID caseworker,
			@NotNull(message = "{contact.validation.required}") @Nullable ConversationKind kind,
			@NotNull(message = "{contact.validation.required}") @Nullable Channel channel,
			@NotNull(message = "{contact.validation.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
			@NotNull(message = "{contact.validation.required}") @Min(value = 5,
					message = "{contact.validation.duration}") @Max(value = 480,
							message = "{contact.validation.duration}") @Nullable Integer durationMinutes,
			@Size(max = 200, message = "{contact.validation.tooLong}") @PlainText @Nullable String place,
			@Size(max = 2000, message = "{contact.validation.tooLong}") @PlainText @Nullable String agenda,
			@Size(max = 10, message = "{contact.validation.tooMany}") @Nullable List<@Valid Participant> participants,
			@Nullable Integer version) {

		ConversationRequest toRequest(UUID forCitizen) {
			return new ConversationRequest(new CitizenId(forCitizen), caseworker == null ? null : new StaffId(caseworker),
					java.util.Objects.requireNonNull(kind), java.util.Objects.requireNonNull(channel),
					java.util.Objects.requireNonNull(startsAt), java.util.Objects.requireNonNull(durationMinutes), place,
					agenda, participants == null ? List.of()
							: participants.stream().filter(p -> !p.empty()).map(Book::taking).toList());
		}

		private static ConversationRequest.Taking taking(Participant participant) {
			if (participant.role() == null) {
				throw new RuleViolation("participants", "contact.participant.role");
			}
			return new ConversationRequest.Taking(participant.role(), participant.name() == null ? "" : participant.name());
		}

	}

	/** Someone else taking part; a form's empty row (no role, no name) is left out. */
	record Participant(@Nullable ParticipantRole role,
			@Size(max = 200, message = "{contact.validation.tooLong}") @PlainText @Nullable String name) {

		boolean empty() {
			return role == null && (name == null || name.isBlank());
		}

	}

	/** A concrete job; a form's empty row is left out. */
	record Job(@Size(max = 200, message = "{contact.validation.tooLong}") @PlainText @Nullable String title,
			@Size(max = 200, message = "{contact.validation.tooLong}") @PlainText @Nullable String employer) {

		SuggestedJob toJob() {
			return new SuggestedJob(title == null ? "" : title, employer, "MANUAL", null);
		}

	}

	record Held(@NotBlank(message = "{contact.validation.required}") @Size(max = 3000,
			message = "{contact.validation.tooLong}") @PlainText @Nullable String summary,
			@Nullable List<UUID> presentedSuggestions, @Size(max = 20,
					message = "{contact.validation.tooMany}") @Nullable List<@Valid Job> jobs,
			@Nullable Integer version) {

		List<SuggestedJob> typedIn() {
			var typed = new ArrayList<SuggestedJob>();
			if (jobs != null) {
				jobs.stream().filter(job -> job.title() != null && !job.title().isBlank()).map(Job::toJob).forEach(typed::add);
			}
			return typed;
		}

	}

	record Unplanned(@NotNull(message = "{contact.validation.required}") @Valid @Nullable Book conversation,
			@NotBlank(message = "{contact.validation.required}") @Size(max = 3000,
					message = "{contact.validation.tooLong}") @PlainText @Nullable String summary,
			@Size(max = 20, message = "{contact.validation.tooMany}") @Nullable List<@Valid Job> jobs) {
	}

	/** A conversation held without a booking, as the course page's short form records it. */
	record UnplannedForm(@NotNull(message = "{contact.validation.required}") @Nullable ConversationKind kind,
			@NotNull(message = "{contact.validation.required}") @Nullable Channel channel,
			@NotNull(message = "{contact.validation.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
			@NotNull(message = "{contact.validation.required}") @Min(value = 5,
					message = "{contact.validation.duration}") @Max(value = 480,
							message = "{contact.validation.duration}") @Nullable Integer durationMinutes,
			@NotBlank(message = "{contact.validation.required}") @Size(max = 3000,
					message = "{contact.validation.tooLong}") @PlainText @Nullable String summary) {

		ConversationRequest toRequest(UUID citizen) {
			return new ConversationRequest(new CitizenId(citizen), null, java.util.Objects.requireNonNull(kind),
					java.util.Objects.requireNonNull(channel), java.util.Objects.requireNonNull(startsAt),
					java.util.Objects.requireNonNull(durationMinutes), null, null, List.of());
		}

	}

	record Cancel(@NotNull(message = "{contact.validation.required}") @Nullable CancelledBy by,
			@Size(max = 1000, message = "{contact.validation.tooLong}") @PlainText @Nullable String reason,
			@Nullable Integer version) {
	}

	record NoShow(@NotBlank(message = "{contact.validation.required}") @Size(max = 1000,
			message = "{contact.validation.tooLong}") @PlainText @Nullable String reason,
			@NotNull(message = "{contact.validation.required}") @Nullable Boolean validReason,
			@Nullable Integer version) {
	}

	record Jobs(@NotNull(message = "{contact.validation.required}") @Size(min = 1, max = 20,
			message = "{contact.validation.tooMany}") @Nullable List<@Valid Job> jobs) {
	}

	record Absence(@NotBlank(message = "{contact.validation.required}") @Size(max = 40,
			message = "{contact.validation.tooLong}") @Nullable String type,
			@NotNull(message = "{contact.validation.required}") @Nullable LocalDate from, @Nullable LocalDate to,
			@Size(max = 1000, message = "{contact.validation.tooLong}") @PlainText @Nullable String note) {
	}

	record EndAbsence(@NotNull(message = "{contact.validation.required}") @Nullable LocalDate to) {
	}

	record Address(@NotBlank(message = "{contact.validation.required}") @Size(max = 320,
			message = "{contact.validation.tooLong}") @Email(message = "{contact.email.invalid}") @Nullable String email) {
	}

	record Publish(@NotNull(message = "{contact.validation.required}") @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
			@NotNull(message = "{contact.validation.required}") @Min(value = 5,
					message = "{contact.validation.duration}") @Max(value = 480,
							message = "{contact.validation.duration}") @Nullable Integer durationMinutes,
			@NotNull(message = "{contact.validation.required}") @Min(value = 1,
					message = "{contact.slot.count}") @Max(value = 40, message = "{contact.slot.count}") @Nullable Integer count,
			@NotNull(message = "{contact.validation.required}") @Nullable Channel channel,
			@Size(max = 200, message = "{contact.validation.tooLong}") @PlainText @Nullable String place) {
	}

	record Limits(@NotNull(message = "{contact.validation.required}") @Nullable Integer minNoticeHours,
			@NotNull(message = "{contact.validation.required}") @Nullable Integer maxDaysAhead,
			@NotNull(message = "{contact.validation.required}") @Nullable Integer maxRebookings,
			@Nullable Integer version) {
	}

	record Reassign(@NotNull(message = "{contact.validation.required}") @Nullable UUID absent,
			@NotNull(message = "{contact.validation.required}") @Nullable UUID onDuty,
			@NotNull(message = "{contact.validation.required}") @Nullable LocalDate day) {
	}

	record Response(@NotBlank(message = "{contact.validation.required}") @Size(max = 3000,
			message = "{contact.validation.tooLong}") @PlainText @Nullable String response, @Nullable Integer version) {
	}

	record Decision(@NotNull(message = "{contact.validation.required}") @Nullable Boolean sanction,
			@NotBlank(message = "{contact.validation.required}") @Size(max = 3000,
					message = "{contact.validation.tooLong}") @PlainText @Nullable String reasoning,
			@Nullable Integer version) {
	}

	record Variant(@NotNull(message = "{contact.validation.required}") @Nullable TargetGroup targetGroup,
			@NotNull(message = "{contact.validation.required}") @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	/** A citizen's choice of slot on Min side. */
	record SlotChoice(@NotNull(message = "{contact.validation.required}") @Nullable UUID slot, @Nullable Integer version) {
	}

}
