package dk.jobvej.audit;

import java.util.List;

/** The audit trail of personal data. */
public interface AuditLog {

	/**
	 * Appends an entry, in the caller's transaction: a change that rolls back leaves no entry
	 * behind, and an entry is never written without the change it describes.
	 */
	void record(AuditRecord record);

	/** Appends several entries at once, in order, as {@link #record(AuditRecord)} does for one. */
	void recordAll(List<AuditRecord> records);

	/** Entries matching the query, newest first, one page of {@link AuditQuery#PAGE_SIZE}. */
	List<AuditEntry> entries(AuditQuery query);

	/** Recomputes the whole chain and says whether, and where, it is broken. */
	ChainVerification verify();

}
