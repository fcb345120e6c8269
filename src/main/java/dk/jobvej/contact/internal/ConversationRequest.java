package dk.jobvej.contact.internal;

import java.time.LocalDateTime;
import java.util.List;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.ParticipantRole;
import dk.jobvej.identity.StaffId;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as a member of staff books or records it.
 *
 * @param caseworker who holds it; null: the caller
 * @param startsAt the start, Danish time
 * @param durationMinutes 5 to 480
 */
public record ConversationRequest(CitizenId citizen, @Nullable StaffId caseworker, ConversationKind kind,
		Channel channel, LocalDateTime startsAt, int durationMinutes, @Nullable String place, @Nullable String agenda,
		List<Taking> participants) {

	public ConversationRequest {
		participants = List.copyOf(participants);
	}

	/** Someone else who takes part. */
	public record Taking(ParticipantRole role, String name) {
	}

}
