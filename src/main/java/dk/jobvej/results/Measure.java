package dk.jobvej.results;

/**
 * A named measure: what a KPI counts, month by month and per unit. Each is computed from the
 * events and data of the module it names; a measure is live when a listener in the results module
 * records its facts (see {@code dk.jobvej.results.internal.FactSource}), and until then the
 * dashboard says that it waits for that module.
 */
public enum Measure {

	/**
	 * Citizens leaving public support (afgang): a course of benefits ends in the month of its last
	 * day when no benefit is paid in the whole following calendar month (jobindsats' rule). Not
	 * counted: a course whose last benefits are only førtidspension or efterløn (those end in
	 * pension). Whether the citizen went to a job or to education needs income and SU data that
	 * Jobvej does not hold, so this counts all exits from public support.
	 */
	EXITS_FROM_PUBLIC_SUPPORT("citizen", Kind.FLOW, 1),

	/** Citizens entering a flex job (tilgang til fleksjob): a fleksjob period starts after a month without one. */
	FLEXJOB_ENTRIES("citizen", Kind.FLOW, 0),

	/** Ordinary jobs filled through the jobcentre's recruitment (besatte ordinære job). */
	ORDINARY_JOBS_FILLED("employer", Kind.FLOW, 0),

	/** Adult apprenticeships started (voksenlærlingeforløb). */
	ADULT_APPRENTICESHIPS_STARTED("plan", Kind.FLOW, 0),

	/** Courses with ordinary paid hours started (forløb med ordinære timer, småjob). */
	ORDINARY_HOURS_STARTED("plan", Kind.FLOW, 0),

	/** Internships and wage-subsidy jobs started (virksomhedspraktik og løntilskud). */
	INTERNSHIPS_AND_WAGE_SUBSIDIES_STARTED("plan", Kind.FLOW, 0),

	/** Citizens with personal assistance granted, counted in each month the grant runs (personlig assistance). */
	PERSONAL_ASSISTANCE_GRANTED("plan", Kind.STOCK, 0),

	/** Conversations held in the contact course (samtaler). */
	CONVERSATIONS_HELD("contact", Kind.FLOW, 0);

	private final String sourceModule;

	private final Kind kind;

	private final int lagMonths;

	Measure(String sourceModule, Kind kind, int lagMonths) {
		this.sourceModule = sourceModule;
		this.kind = kind;
		this.lagMonths = lagMonths;
	}

	/** The application module whose events or data the measure is computed from. */
	public String sourceModule() {
		return sourceModule;
	}

	public Kind kind() {
		return kind;
	}

	/**
	 * Months after a month's end before its figure is final: an exit in January is known when
	 * February has passed without benefit.
	 */
	public int lagMonths() {
		return lagMonths;
	}

	/** How a measure counts. */
	public enum Kind {

		/** Events in the month: starts, ends, conversations. */
		FLOW,

		/** What runs in the month: distinct citizens with a grant in force on some day of the month. */
		STOCK

	}

}
