package dk.jobvej.contact;

import org.jspecify.annotations.Nullable;

/**
 * The type of conversation (DFDG: samtaletype). Only individual conversations count towards the
 * contact course; a group information meeting does not.
 */
public enum ConversationKind {

	/** Jobsamtale (DFDG samtaletype 7): the job conversation of LAB § 31. */
	JOBSAMTALE(7, true),

	/** Opfølgningssamtale (DFDG samtaletype 4): sickness-benefit follow-up (SDL § 13 b). */
	OPFOELGNINGSSAMTALE(4, true),

	/** CV-samtale: the conversation about the citizen's CV. */
	CV_SAMTALE(null, true),

	/** Fleksjobopfølgningssamtale: follow-up of a flexjob. */
	FLEKSJOBOPFOELGNINGSSAMTALE(null, true),

	/** Informationsmøde: a group meeting; not an individual conversation. */
	INFORMATIONSMOEDE(null, false);

	private final @Nullable Integer dfdgCode;

	private final boolean individual;

	ConversationKind(@Nullable Integer dfdgCode, boolean individual) {
		this.dfdgCode = dfdgCode;
		this.individual = individual;
	}

	/** The DFDG code of the conversation type, where Jobvej knows it. */
	public @Nullable Integer dfdgCode() {
		return dfdgCode;
	}

	/** Whether it is an individual conversation, which counts towards the contact course. */
	public boolean individual() {
		return individual;
	}

}
