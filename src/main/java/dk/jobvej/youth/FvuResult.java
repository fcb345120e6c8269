package dk.jobvej.youth;

/** The outcome of the FVU test (forberedende voksenundervisning: reading and maths). */
public enum FvuResult {

	INGEN_BEHOV, FVU_LAESNING, FVU_MATEMATIK, FVU_LAESNING_OG_MATEMATIK

}
