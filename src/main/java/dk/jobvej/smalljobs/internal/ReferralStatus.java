package dk.jobvej.smalljobs.internal;

/** Where a referred citizen stands with the bureau. */
public enum ReferralStatus {

	/** Referred by the jobcenter, not yet started. */
	REFERRED,

	/** In preparation (modning), up to four weeks. */
	MATURING,

	/** Employed by the bureau in a small job. */
	EMPLOYED,

	/** No longer with the bureau (see the end reason). */
	ENDED

}
