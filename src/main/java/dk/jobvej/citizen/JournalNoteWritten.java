package dk.jobvej.citizen;

import java.time.Instant;

import dk.jobvej.identity.StaffId;

/** A note was written in a citizen's journal. The text stays in the citizen module. */
public record JournalNoteWritten(CitizenId citizen, JournalNoteId note, StaffId author, Instant writtenAt,
		int municipalityCode) {
}
