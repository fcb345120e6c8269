package dk.jobvej.contact.internal;

import java.time.ZonedDateTime;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationId;
import dk.jobvej.contact.ConversationKind;

import org.jspecify.annotations.Nullable;

/** A conversation in a list: who, when, how and how it went. */
public record ConversationLine(ConversationId id, CitizenId citizen, String citizenName, String caseworkerName,
		ConversationKind kind, Channel channel, ZonedDateTime startsAt, ZonedDateTime endsAt, @Nullable String place,
		Status status, boolean planned, boolean selfBooked) {
}
