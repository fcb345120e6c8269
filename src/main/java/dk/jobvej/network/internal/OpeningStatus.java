package dk.jobvej.network.internal;

/** Where a match opening stands: offered to a partner, taken by one, matched, or closed without a match. */
public enum OpeningStatus {

	OPEN, TAKEN, MATCHED, CLOSED

}
