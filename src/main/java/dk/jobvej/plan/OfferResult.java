package dk.jobvej.plan;

/** How an offer ended. */
public enum OfferResult {

	/** Gennemført som planlagt. */
	COMPLETED,

	/** Ordinært job (hel eller delvis selvforsørgelse). */
	ORDINARY_JOB,

	/** Ordinær uddannelse. */
	EDUCATION,

	/** Another offer takes over. */
	OTHER_OFFER,

	/** Afbrudt: stopped early (illness, absence, the citizen's wish). */
	INTERRUPTED

}
