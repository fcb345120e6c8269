package dk.jobvej.contact;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

/**
 * A conversation was held (DFDG: afholdt samtale). {@code planned} says whether it was booked in
 * advance; a conversation recorded without a booking (the citizen dropped in, a phone call) is
 * not. The ISO week ({@code isoWeekYear}, {@code isoWeek}) is the week of the day it was held, in
 * Danish time; the survey module hands out an anonymous survey code after planned conversations.
 */
public record ConversationHeld(ConversationId conversation, CitizenId citizen, UnitId unit, StaffId caseworker,
		LocalDate heldOn, int isoWeekYear, int isoWeek, Channel channel, ConversationKind kind, boolean planned,
		int jobsPresented, int municipalityCode) {
}
