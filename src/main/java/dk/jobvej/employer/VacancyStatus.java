package dk.jobvej.employer;

/** Where a vacancy stands: open for candidates, filled, or closed without being filled. */
public enum VacancyStatus {

	OPEN, FILLED, CLOSED

}
