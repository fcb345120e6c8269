package dk.jobvej.smalljobs.internal;

/** Why a small job, and with it the citizen's course at the bureau, ended. */
public enum EndReason {

	/** The company hired the citizen itself: an exit to job (udslusning). */
	DIRECT_HIRE,

	/** The task was done. */
	COMPLETED,

	/** Stopped early (illness, the citizen left, the company stopped the task). */
	STOPPED,

	/** Back to the jobcenter without a small job (after preparation). */
	RETURNED

}
