package dk.jobvej.rehab;

/**
 * The cases the rehabilitation team (rehabiliteringsteam) treats, LOB § 9 stk. 1 and seed 002.
 * Whether a type still goes to the team, which documents it needs and its deadline are
 * effective-dated rules.
 */
public enum RehabCaseType {

	/** Recommendation before a decision on flexjob (fleksjob). */
	FLEKSJOB,

	/** Recommendation before a decision on a resource course (ressourceforløb). */
	RESSOURCEFORLOEB,

	/** Recommendation before a decision on disability pension (førtidspension). */
	FOERTIDSPENSION,

	/** The effort plan of the first job-clarification course (1. jobafklaringsforløb). */
	JOBAFKLARING_FOERSTE,

	/** Recommendation on granting a following job-clarification course. */
	JOBAFKLARING_FORLAENGELSE,

	/** A resource course with no effort started after 6 months, presented again (LAB § 113 stk. 2). */
	RESSOURCEFORLOEB_GENFORELAEGGELSE,

	/** The effort plan of a sickness-benefit case in category 3 (SDL § 13 d). */
	SYGEDAGPENGE_KATEGORI_3

}
