package dk.jobvej.employer.internal;

/** Where a vacancy came from. */
public enum VacancySource {

	/** Taken in by a consultant of the recruitment unit. */
	CONSULTANT,

	/** Posted by the company in the employer portal. */
	PORTAL

}
