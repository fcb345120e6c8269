package dk.jobvej.rehab;

/** What the team recommends (indstilling) and what the caseworker decides (afgørelse). */
public enum RehabOutcome {

	FLEKSJOB, RESSOURCEFORLOEB, FOERTIDSPENSION, JOBAFKLARINGSFORLOEB,

	/** An effort plan (indsatsplan) for a job-clarification course or a category 3 case. */
	INDSATSPLAN,

	/** An ordinary employment-oriented effort instead. */
	BESKAEFTIGELSESRETTET_INDSATS

}
