package dk.jobvej.employer;

/** What a vacancy is. */
public enum VacancyKind {

	/** A job as the company described it. */
	JOB,

	/** A task carved out of a job (job carving) that one citizen can do while another does the rest. */
	TASK,

	/** A small task (småjob) of at least the minimum hours a week, for citizens who cannot yet work full time. */
	SMALL_TASK

}
