package dk.jobvej.programme;

/** Which arm of a randomised trial a member was drawn into. */
public enum Arm {

	/** Deltagergruppen: gets the programme's effort. */
	PARTICIPANT,

	/** Kontrolgruppen: the usual effort, for comparison. */
	CONTROL

}
