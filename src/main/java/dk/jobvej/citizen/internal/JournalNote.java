package dk.jobvej.citizen.internal;

import java.time.Instant;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.JournalNoteId;
import dk.jobvej.citizen.JournalNoteWritten;
import dk.jobvej.identity.StaffId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A note in a citizen's journal (journalnotat): what happened or was agreed, by whom and when.
 * Notes are written once and never changed or removed; a correction is a new note.
 */
@Table(schema = "citizen", name = "journal_note")
class JournalNote extends AbstractAggregateRoot<JournalNote> implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final UUID citizen;

	private final String text;

	private final UUID writtenBy;

	private final Instant writtenAt;

	private final int municipalityCode;

	@Transient
	private final boolean isNew;

	@PersistenceCreator
	JournalNote(UUID id, UUID citizen, String text, UUID writtenBy, Instant writtenAt, int municipalityCode) {
		this(id, citizen, text, writtenBy, writtenAt, municipalityCode, false);
	}

	private JournalNote(UUID id, UUID citizen, String text, UUID writtenBy, Instant writtenAt, int municipalityCode,
			boolean isNew) {
		this.id = id;
		this.citizen = citizen;
		this.text = text;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
		this.municipalityCode = municipalityCode;
		this.isNew = isNew;
	}

	/** Writes a note; the text follows the module's text rules and holds at most 4,000 characters. */
	static JournalNote write(CitizenId citizen, String text, StaffId author, Instant at, int municipalityCode) {
		var note = new JournalNote(UUID.randomUUID(), citizen.value(), Texts.required("text", text, Texts.JOURNAL),
				author.value(), at, municipalityCode, true);
		note.registerEvent(new JournalNoteWritten(citizen, note.id(), author, at, municipalityCode));
		return note;
	}

	JournalNoteId id() {
		return new JournalNoteId(id);
	}

	CitizenId citizen() {
		return new CitizenId(citizen);
	}

	String text() {
		return text;
	}

	StaffId author() {
		return new StaffId(writtenBy);
	}

	Instant writtenAt() {
		return writtenAt;
	}

	int municipalityCode() {
		return municipalityCode;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

}
