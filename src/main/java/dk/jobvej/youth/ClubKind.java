package dk.jobvej.youth;

/** The guidance café's clubs (seed 001). */
public enum ClubKind {

	/** CV and job-search club (cv- og jobsøgningsklub). */
	CV_JOBSOEGNING,

	/** Apprenticeship club for those who lack an apprenticeship (lærlingeklub). */
	LAERLINGE,

	/** Another club, as the young people's needs change. */
	ANDET

}
