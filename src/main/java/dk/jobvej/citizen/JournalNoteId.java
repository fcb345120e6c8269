package dk.jobvej.citizen;

import java.util.UUID;

/** Identifies one journal note. */
public record JournalNoteId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
