package dk.jobvej.youth;

/** Why an education order ended. */
public enum OrderEndReason {

	/** The education was completed. */
	GENNEMFOERT,

	/** The young person left the benefit (job, other support, moved). */
	YDELSE_OPHOERT,

	/** The young person chose the job-oriented effort of LAB § 30 a instead. */
	JOBRETTET_INDSATS,

	/** The law ended the education order. */
	AFSKAFFET,

	/** Another reason. */
	ANDET

}
