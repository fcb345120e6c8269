package dk.jobvej.contact.internal;

/** Who holds the conversations in a window of the contact course. */
public enum Responsible {

	/** The jobcenter (the municipality). */
	JOBCENTER,

	/** The citizen's unemployment insurance fund, e.g. the first 3 months from 2024 (LAB § 31). */
	AKASSE

}
