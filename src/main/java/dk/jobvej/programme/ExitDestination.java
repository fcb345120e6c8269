package dk.jobvej.programme;

/**
 * Where a member went when they left the programme, as the status reports of seeds 001 and 004
 * count them ("udsluset / overgået til anden forsørgelse" and "øvrige borgere").
 */
public enum ExitDestination {

	/** Småjob with supplementary cash benefit. */
	SMALL_JOB,

	/** Ordinært job / selvforsørgende. */
	ORDINARY_JOB,

	/** SU: ordinary education. */
	EDUCATION_SU,

	/** Fleksjob, in a job. */
	FLEX_JOB_EMPLOYED,

	/** Visiteret til fleksjob, not yet in one (ledighedsydelse). */
	FLEX_JOB_AWAITING,

	/** Førtidspension. */
	DISABILITY_PENSION,

	/** Revalidering. */
	REHABILITATION,

	/** Overgået til ressourceforløb. */
	RESOURCE_COURSE,

	/** Flyttet til anden kommune. */
	MOVED,

	/** Udgået grundet formue. */
	ASSETS,

	/** Stop af ydelse pga. sanktion. */
	SANCTION;

	/** Whether the destination is a move to work, education or another benefit ("udsluset"). */
	public boolean outflow() {
		return this != MOVED && this != ASSETS && this != SANCTION;
	}

}
