package dk.jobvej.contact;

import java.util.List;

/**
 * Bulk import of conversations through PostgreSQL COPY. A batch is all or nothing, and a batch id
 * that was imported before is skipped, so an interrupted import can simply be run again. Imports
 * publish no events and send no notifications: they bring in history, not news.
 */
public interface ConversationImport {

	/** @return the number of conversations imported, 0 if the batch was imported before */
	int importBatch(String batchId, List<ImportedConversation> conversations);

	/** Whether any conversation of the municipality exists. */
	boolean hasConversations(int municipalityCode);

	/** Imports published slots in one transaction; a batch imported before is skipped (answers 0). */
	int importSlots(String batchId, List<ImportedSlot> slots);

	/** Records a citizen's e-mail address for notifications, replacing any before. */
	void importAddress(dk.jobvej.citizen.CitizenId citizen, int municipalityCode, String email);

}
