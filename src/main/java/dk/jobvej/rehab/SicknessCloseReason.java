package dk.jobvej.rehab;

/** How a sickness-benefit case ended. */
public enum SicknessCloseReason {

	/** Fit for work again (raskmeldt). */
	RASKMELDT,

	/** No extension and still unfit: a job-clarification course follows (SDL § 24 a). */
	JOBAFKLARING,

	/** Another benefit or support follows. */
	ANDEN_YDELSE,

	/** Sickness benefit stopped for another reason. */
	OPHOERT

}
