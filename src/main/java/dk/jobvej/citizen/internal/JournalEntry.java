package dk.jobvej.citizen.internal;

import java.time.ZonedDateTime;

import dk.jobvej.citizen.JournalNoteId;
import dk.jobvej.identity.StaffId;

/** A journal note as shown: text, author and time. */
public record JournalEntry(JournalNoteId id, String text, StaffId author, String authorName,
		ZonedDateTime writtenAt) {
}
