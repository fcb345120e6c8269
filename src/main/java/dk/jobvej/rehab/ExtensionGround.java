package dk.jobvej.rehab;

/** The grounds for extending sickness benefit beyond the reassessment point, SDL § 27 stk. 1 nr. 1–7. */
public enum ExtensionGround {

	/** Nr. 1: rehabilitation (revalidering) is likely. */
	REVALIDERING,

	/** Nr. 2: the working capacity needs clarifying. */
	ARBEJDSEVNE_AFKLARES,

	/** Nr. 3: in or awaiting medical treatment, with an expectation of full fitness. */
	BEHANDLING,

	/** Nr. 4: the case is to go to the rehabilitation team. */
	REHABILITERINGSTEAM,

	/** Nr. 5: life-threatening, serious illness. */
	LIVSTRUENDE_SYGDOM,

	/** Nr. 6: an industrial-injury claim is pending. */
	ARBEJDSSKADE,

	/** Nr. 7: a disability-pension application has been received. */
	FOERTIDSPENSION

}
