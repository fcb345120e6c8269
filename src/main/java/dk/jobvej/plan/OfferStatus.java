package dk.jobvej.plan;

/** Where an offer stands. An offer is never deleted: it ends, is refused or is cancelled. */
public enum OfferStatus {

	/** Referred to a full project: on its waiting list. */
	WAITING,

	/** Granted (bevilget); running from the start date to the planned end. */
	GRANTED,

	/** Refused (afslag) by a decision. */
	REFUSED,

	/** Ended, with a result. */
	ENDED,

	/** Taken off the waiting list before it started. */
	CANCELLED

}
