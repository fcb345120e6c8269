package dk.jobvej.employer;

/**
 * How a citizen is placed at a company (virksomhedsplacering or job). The first four are offers
 * under the Active Employment Act (LAB) or their paid variants; the last two are employment.
 */
public enum PlacementType {

	/** Virksomhedspraktik (LAB chapter 11): unpaid internship at a company. */
	VIRKSOMHEDSPRAKTIK,

	/** Ansættelse med løntilskud (LAB chapter 12): a job with a wage subsidy. */
	LOENTILSKUD,

	/** Ordinære timer: paid ordinary hours, e.g. a small job alongside the benefit. */
	ORDINAERE_TIMER,

	/** Voksenlærling: an adult apprenticeship. */
	VOKSENLAERLING,

	/** Fleksjob: a job on special terms for reduced working capacity. */
	FLEKSJOB,

	/** Ordinært job: ordinary employment without subsidy (the citizen was hired). */
	ORDINAERT_JOB;

	/** Whether the citizen was hired into employment, which is followed up (efterværn). */
	public boolean employment() {
		return this == FLEKSJOB || this == ORDINAERT_JOB || this == VOKSENLAERLING;
	}

}
