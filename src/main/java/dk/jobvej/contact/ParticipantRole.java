package dk.jobvej.contact;

/**
 * Who else takes part in a conversation besides the citizen and the caseworker (DFDG:
 * myndighedsdeltager, deltagelsesvalg for the a-kasse).
 */
public enum ParticipantRole {

	/** The citizen's unemployment insurance fund (a-kasse), e.g. at the first jobcenter conversation. */
	AKASSE,

	/** A mentor or personal job mediator (personlig jobformidler). */
	MENTOR,

	/** An employer, e.g. about an internship or ordinary hours. */
	EMPLOYER,

	/** An interpreter (tolk). */
	INTERPRETER,

	/** Someone else, e.g. a companion (bisidder). */
	OTHER

}
