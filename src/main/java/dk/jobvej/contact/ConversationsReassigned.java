package dk.jobvej.contact;

import java.time.LocalDate;
import java.util.List;

import dk.jobvej.identity.StaffId;

/**
 * The on-duty arrangement (vagtordning, seed 001): an absent caseworker's conversations of the day
 * were moved to the on-duty colleague in one action, and the citizens notified.
 */
public record ConversationsReassigned(StaffId absent, StaffId onDuty, LocalDate day,
		List<ConversationId> conversations, int municipalityCode) {

	public ConversationsReassigned {
		conversations = List.copyOf(conversations);
	}

}
