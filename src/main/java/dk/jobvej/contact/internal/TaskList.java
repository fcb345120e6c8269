package dk.jobvej.contact.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.AvailabilityCaseId;
import dk.jobvej.contact.ConversationId;

import org.jspecify.annotations.Nullable;

/**
 * "Mine opgaver" (or the team's): conversations overdue, conversations due soon without a booking in
 * time, and no-shows to follow up.
 *
 * @param citizens how many citizens the list was made from
 */
public record TaskList(List<Task> overdue, List<Task> dueSoon, List<FollowUp> followUps, int citizens) {

	/** A citizen whose next conversation is overdue or due soon. */
	public record Task(CitizenId citizen, String name, String maskedCpr, DueStatus status,
			@Nullable ZonedDateTime nextBooked, String contactName) {
	}

	/**
	 * A missed conversation to follow up: an availability case waiting for the citizen's answer or a
	 * decision, or a no-show with a valid reason and no new booking yet.
	 */
	public record FollowUp(ConversationId conversation, @Nullable AvailabilityCaseId availabilityCase,
			CitizenId citizen, String name, ZonedDateTime missedAt, @Nullable LocalDate deadline, boolean decidable) {
	}

}
