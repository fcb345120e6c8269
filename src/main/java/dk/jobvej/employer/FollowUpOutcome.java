package dk.jobvej.employer;

/** What a follow-up after hiring (efterværn) found. */
public enum FollowUpOutcome {

	/** The employment goes well. */
	CONTINUES,

	/** It goes on with support (mentor, compensating schemes, another conversation). */
	NEEDS_SUPPORT,

	/** The employment has ended. */
	ENDED

}
