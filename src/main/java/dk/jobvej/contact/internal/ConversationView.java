package dk.jobvej.contact.internal;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.CancelledBy;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.identity.StaffId;

import org.jspecify.annotations.Nullable;

/** A conversation as pages and the API show it to a member of staff, times in Danish time. */
public record ConversationView(ConversationId id, CitizenId citizen, String citizenName, String maskedCpr,
		StaffId caseworker, String caseworkerName, ConversationKind kind, Channel channel, ZonedDateTime startsAt,
		ZonedDateTime endsAt, @Nullable String place, @Nullable String agenda, Status status, boolean planned,
		boolean selfBooked, List<Participant> participants, @Nullable String summary, @Nullable UUID journalNote,
		@Nullable CancelledBy cancelledBy, @Nullable String cancelReason, @Nullable String absenceReason,
		@Nullable Boolean absenceValid, @Nullable ZonedDateTime outcomeAt, List<PresentedJobs.Job> jobs,
		@Nullable UUID availabilityCase, List<NotificationLine> notifications, int version) {

	public long durationMinutes() {
		return java.time.Duration.between(startsAt, endsAt).toMinutes();
	}

	public boolean booked() {
		return status == Status.BOOKED;
	}

	/** A notification about the conversation and how it went. */
	public record NotificationLine(String kind, ZonedDateTime createdAt, @Nullable ZonedDateTime sentAt,
			int attempts, @Nullable String lastError, boolean obsolete) {
	}

}
