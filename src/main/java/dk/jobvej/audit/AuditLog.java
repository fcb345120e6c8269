package dk.jobvej.audit;

/** The audit trail of personal data. */
public interface AuditLog {

	/**
	 * Appends an entry, in the caller's transaction: a change that rolls back leaves no entry
	 * behind, and an entry is never written without the change it describes.
	 */
	void record(AuditRecord record);

	/** Recomputes the whole chain and says whether, and where, it is broken. */
	ChainVerification verify();

}
