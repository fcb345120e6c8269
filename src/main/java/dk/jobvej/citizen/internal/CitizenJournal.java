package dk.jobvej.citizen.internal;

import java.time.Clock;
import java.util.List;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.citizen.JournalNoteId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The journal of a citizen's case: notes with author and time, newest first. */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class CitizenJournal {

	private final JournalNotes notes;

	private final CitizenGate gate;

	private final CitizenViews views;

	private final CitizenAudit audit;

	private final Clock clock;

	CitizenJournal(JournalNotes notes, CitizenGate gate, CitizenViews views, CitizenAudit audit, Clock clock) {
		this.notes = notes;
		this.gate = gate;
		this.views = views;
		this.audit = audit;
		this.clock = clock;
	}

	/** The notes, newest first; audited as a read of {@code what}. */
	public List<JournalEntry> notes(CitizenId id, String what) {
		var opened = gate.open(id);
		audit.record(opened.staff(), AuditAction.READ, id, opened.citizen().municipalityCode(), what, opened.why());
		return notes.findByCitizenOrderByWrittenAtDesc(id.value()).stream().map(views::of).toList();
	}

	/** Writes a note as the caller, now. */
	public JournalNoteId write(CitizenId id, String text) {
		var opened = gate.open(id);
		var note = notes.save(JournalNote.write(id, text, opened.staff().id(), clock.instant(),
				opened.citizen().municipalityCode()));
		audit.record(opened.staff(), AuditAction.CREATE, id, opened.citizen().municipalityCode(), "journal-note",
				opened.why());
		return note.id();
	}

}
