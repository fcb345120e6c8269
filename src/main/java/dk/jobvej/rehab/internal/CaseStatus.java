package dk.jobvej.rehab.internal;

/** How far a rehabilitation case has come. */
public enum CaseStatus {

	/** Arisen, not yet on a meeting's agenda. */
	AABEN,

	/** On a meeting's agenda. */
	PAA_DAGSORDEN,

	/** Exempted from the meeting (free-municipality variant), not yet decided. */
	FRITAGET,

	/** The team has given its recommendation (indstilling), not yet decided. */
	INDSTILLET,

	/** Decided (afgørelse). */
	AFGJORT

}
