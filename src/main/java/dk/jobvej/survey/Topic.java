package dk.jobvej.survey;

/** What a conversation or a company's cooperation with the jobcentre was about. */
public enum Topic {

	/** Job (citizens). */
	JOB,

	/** Helbred, health (citizens). */
	HEALTH,

	/** Uddannelse, education (citizens). */
	EDUCATION,

	/** Rekruttering (companies). */
	RECRUITMENT,

	/** Fastholdelse, keeping employees at work (companies). */
	RETENTION,

	/** Opkvalificering, upskilling (companies). */
	UPSKILLING

}
