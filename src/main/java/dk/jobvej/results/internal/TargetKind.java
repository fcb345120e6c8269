package dk.jobvej.results.internal;

/** How a KPI's target is stated in the employment plan. */
public enum TargetKind {

	/** An average per month over the year ("gennemsnitligt 50 om måneden"). */
	MONTHLY_AVERAGE,

	/** A total for the year ("1.650 i 2024"). */
	YEAR_TOTAL

}
