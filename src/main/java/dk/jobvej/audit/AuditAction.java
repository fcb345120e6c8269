package dk.jobvej.audit;

/** What was done to personal data. */
public enum AuditAction {

	/** Personal data was shown. */
	READ,

	/** Personal data was created. */
	CREATE,

	/** Personal data was changed. */
	CHANGE,

	/** A full CPR number was revealed. */
	REVEAL_CPR,

	/** Access outside the unit, with a stated reason (break-the-glass). */
	BREAK_THE_GLASS,

	/** Access was refused. */
	ACCESS_DENIED

}
