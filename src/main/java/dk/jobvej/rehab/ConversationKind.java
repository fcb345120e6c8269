package dk.jobvej.rehab;

/** A conversation in a sickness-benefit case. */
public enum ConversationKind {

	/** Follow-up conversation with the sick person (opfølgningssamtale, SDL § 13 b). */
	OPFOELGNING,

	/** Round-table conversation with the employee and the employer (rundbordssamtale). */
	RUNDBORD

}
