package dk.jobvej.contact;

import java.time.LocalDate;
import java.util.List;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may tell the contact course.
 *
 * <ul>
 * <li>Programme memberships: cadence rules may key on a programme code (JobFirst's weekly contact,
 * the dimittend group). The programme module, once it exists, records who is in which programme
 * here; until then the table is empty and no programme rule applies.</li>
 * <li>Job suggestions: the matching module adds concrete jobs to a booked conversation; the
 * caseworker marks which were presented when the conversation is held.</li>
 * </ul>
 */
public interface ContactCourse {

	/**
	 * The citizen (of the municipality) is in the programme from the day ({@code to} null while it
	 * runs); a membership with the same start is replaced.
	 */
	void recordProgrammeMembership(CitizenId citizen, int municipalityCode, String programme, LocalDate from,
			@Nullable LocalDate to);

	/** Adds suggested jobs to a booked conversation, not yet marked presented. */
	void suggestJobs(ConversationId conversation, List<SuggestedJob> jobs);

}
