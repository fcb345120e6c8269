package dk.jobvej.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.CancelledBy;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationImport;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.ImportedConversation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.jspecify.annotations.Nullable;

/**
 * Conversations for tests that need one in the past (a booking that has begun, so its outcome can
 * be recorded) or held ones for the due dates: imported through the contact module's bulk import,
 * as a migration from another case system would bring them in.
 */
public final class ContactFixtures {

	private final ConversationImport imports;

	public ContactFixtures(ConversationImport imports) {
		this.imports = imports;
	}

	/** A conversation of the citizen with the caseworker, booked for a time that has passed. */
	public UUID bookedInThePast(CitizenId citizen, Staff caseworker, Instant at) {
		return conversation(citizen, caseworker, at, "BOOKED", null, null);
	}

	/** A conversation that was held. */
	public UUID held(CitizenId citizen, Staff caseworker, Instant at) {
		return conversation(citizen, caseworker, at, "HELD", null, null);
	}

	public UUID conversation(CitizenId citizen, Staff caseworker, Instant at, String status,
			@Nullable CancelledBy cancelledBy, @Nullable Boolean absenceValid) {
		var id = UUID.randomUUID();
		imports.importBatch("test-" + id, List.of(new ImportedConversation(id, citizen, TestOrganisation.AALBORG,
				caseworker.unit(), caseworker.id(), ConversationKind.JOBSAMTALE, Channel.FYSISK, at,
				at.plus(Duration.ofMinutes(45)), "Jobhuset, mødelokale 2", status, true, false, cancelledBy,
				absenceValid)));
		return id;
	}

}
