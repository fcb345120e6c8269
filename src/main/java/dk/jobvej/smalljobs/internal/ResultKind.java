package dk.jobvej.smalljobs.internal;

/**
 * What the municipality pays the bureau for (payment by results, seed 000: "Kommunen betaler
 * FokusFolkeoplysning for at lave match, give mentor og andre støttefunktioner og sidst at afklare
 * borgerne"; "'Payment by results' som en del af aflønningen").
 */
public enum ResultKind {

	/** A small job started: the citizen was matched to a task and employed. */
	MATCH,

	/** A week of a running small job with hours registered: mentor support that week. */
	MENTOR_WEEK,

	/** A preparation (modning) ended: the citizen was clarified (afklaret). */
	CLARIFICATION,

	/** A citizen still in the small job a number of weeks after the start (a result). */
	RETAINED,

	/** The company hired the citizen directly (a result). */
	DIRECT_HIRE

}
