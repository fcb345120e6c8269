package dk.jobvej.matching;

/**
 * How ready a candidate is for work, from the citizen's visitation category: job-ready citizens
 * are matched to any job; activity-ready citizens first of all to tasks and small tasks.
 */
public enum Readiness {

	JOB_READY, EDUCATION_READY, ACTIVITY_READY, ON_SICK_LEAVE, UNKNOWN

}
