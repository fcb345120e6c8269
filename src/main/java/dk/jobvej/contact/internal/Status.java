package dk.jobvej.contact.internal;

/** Where a conversation stands. */
public enum Status {

	/** Booked, not yet held (DFDG: indkaldelse). */
	BOOKED,

	/** Held (DFDG: afholdt samtale). */
	HELD,

	/** Called off before it was held. */
	CANCELLED,

	/** The citizen did not turn up (udeblivelse). */
	NO_SHOW

}
