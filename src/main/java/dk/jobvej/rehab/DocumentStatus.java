package dk.jobvej.rehab;

/** Where a case's document is. */
public enum DocumentStatus {

	/** Not asked for yet. */
	MANGLER,

	/** Asked for, not received. */
	REKVIRERET,

	/** Received. */
	MODTAGET,

	/** Free-municipality variant: the caseworker judged it not relevant and did not ask for it. */
	IKKE_RELEVANT

}
