package dk.jobvej.rehab;

/** Why a case was exempted from the team meeting in the free-municipality trial (seed 002). */
public enum ExemptionReason {

	/** Only employment-oriented efforts are needed. */
	KUN_BESKAEFTIGELSESRETTET,

	/** A cross-disciplinary effort has already started. */
	TVAERFAGLIG_IGANGSAT,

	/** Whether a cross-disciplinary effort is needed cannot be assessed yet. */
	KAN_IKKE_VURDERES_ENDNU

}
