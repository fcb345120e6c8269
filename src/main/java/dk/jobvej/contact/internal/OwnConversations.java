package dk.jobvej.contact.internal;

import java.util.List;

import dk.jobvej.citizen.CitizenFacts;

import org.jspecify.annotations.Nullable;

/**
 * What a citizen sees of their contact course on Min side: their conversations (coming and past),
 * the slots they may book or move a booking to, the unit's limits and their e-mail address.
 *
 * @param canBook whether the citizen may book a new slot (not while they have a booked conversation)
 */
public record OwnConversations(CitizenFacts citizen, List<ConversationLine> coming, List<ConversationLine> past,
		List<SlotView> slots, BookingLimits.Limits limits, boolean canBook, @Nullable String email) {
}
