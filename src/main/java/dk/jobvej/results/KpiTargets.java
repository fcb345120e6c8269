package dk.jobvej.results;

/**
 * The targets of the employment plan's KPIs, for other modules that set them up: the demo data
 * carries the plan's targets over to the current year.
 */
public interface KpiTargets {

	/**
	 * Gives every KPI of the municipality that has a target for {@code fromYear} and none for
	 * {@code toYear} the same target for {@code toYear}, with the source saying where it came
	 * from; audited as the actor.
	 * @return the number of targets set
	 */
	int carryOver(int municipalityCode, int fromYear, int toYear, String actor);

}
