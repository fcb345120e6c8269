package dk.jobvej.contact;

import java.time.Instant;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;

/**
 * A booked conversation changed: time, place, channel, participants or agenda, a rebooking by the
 * citizen ({@code byCitizen}), or another caseworker taking it over (on-duty arrangement).
 */
public record ConversationChanged(ConversationId conversation, CitizenId citizen, StaffId caseworker,
		Channel channel, Instant startsAt, Instant endsAt, boolean byCitizen, int municipalityCode) {
}
