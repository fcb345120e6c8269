package dk.jobvej.citizen.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The journal notes; append-only, so there is no update and no delete. */
interface JournalNotes extends Repository<JournalNote, UUID> {

	JournalNote save(JournalNote note);

	List<JournalNote> findByCitizenOrderByWrittenAtDesc(UUID citizen);

}
