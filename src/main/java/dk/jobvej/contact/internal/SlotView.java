package dk.jobvej.contact.internal;

import java.time.ZonedDateTime;
import java.util.UUID;

import dk.jobvej.contact.Channel;

import org.jspecify.annotations.Nullable;

/** A published time for self-booking; {@code conversation} is set once a citizen has booked it. */
public record SlotView(UUID id, UUID caseworker, String caseworkerName, ZonedDateTime startsAt, ZonedDateTime endsAt,
		Channel channel, @Nullable String place, @Nullable UUID conversation) {

	public boolean booked() {
		return conversation != null;
	}

}
