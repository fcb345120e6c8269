package dk.jobvej.employer;

/** What came of a visit. */
public enum VisitOutcome {

	VACANCY_RECEIVED, PLACEMENT_AGREED, FOLLOW_UP_AGREED, INFORMATION_GIVEN, NO_NEED

}
