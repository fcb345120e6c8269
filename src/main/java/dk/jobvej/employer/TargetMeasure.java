package dk.jobvej.employer;

/** The measures of the employment plan's company-oriented targets (seed 003) that leaders follow. */
public enum TargetMeasure {

	ORDINARY_JOBS_FILLED, INTERNSHIPS_AND_WAGE_SUBSIDY, ORDINARY_HOURS, ADULT_APPRENTICESHIPS, FLEXJOBS

}
