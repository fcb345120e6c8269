package dk.jobvej.youth.internal;

/**
 * The kinds of rule the youth module keeps as effective-dated rows: a flag, an ISO-8601 period,
 * a whole number, or {@code none}.
 */
public enum YouthRuleKind {

	/** Who gets an education order; subject {@code BENEFIT:CATEGORY} or {@code BENEFIT:*}, value the age to be under. */
	ORDER_ELIGIBLE,

	/** Whether a new education order may be issued on the day: flag. */
	NEW_ORDERS,

	/** Whether a running order's deadlines apply: flag (the abolition switches running orders). */
	ORDER_IN_FORCE,

	/** The FVU test after the first meeting in the guidance café: period. */
	FVU_TEST_DEADLINE,

	/** Weeks of continuous benefit that count as seniority: number. */
	SENIORITY_WEEKS,

	/** The local target: fewer young people with seniority than this: number. */
	SENIORITY_TARGET,

	/** The youngest age in the leisure-job effort: number. */
	LEISURE_AGE_MIN,

	/** The oldest age in the leisure-job effort: number. */
	LEISURE_AGE_MAX

}
