package dk.jobvej.survey.internal;

/** How an answer came in. */
enum Channel {

	/** Typed in by the respondent on the answering page (or through the API). */
	ONLINE,

	/** Typed in by a member of staff from a paper questionnaire. */
	PAPER,

	/** Loaded with a finished round from outside Jobvej. */
	IMPORT

}
