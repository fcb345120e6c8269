package dk.jobvej.rehab;

/** The documents a case may need before it is treated; which ones a case type needs is a rule. */
public enum DocumentKind {

	/** The preparatory part of the rehabilitation plan (rehabiliteringsplanens forberedende del). */
	FORBEREDENDE_DEL,

	/** Health information (helbredsmæssige oplysninger). */
	HELBREDSOPLYSNINGER,

	/** The GP's certificate for the preparatory part, form LÆ 265 (form number not verified). */
	LAEGEATTEST_LAE265,

	/** From the 2026 reform: a combined description of the person's circumstances. */
	SAMLET_BESKRIVELSE,

	/** From the 2026 reform: health advice from the health coordinator (sundhedskoordinator). */
	SUNDHEDSKOORDINATOR

}
