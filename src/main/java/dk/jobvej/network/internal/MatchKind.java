package dk.jobvej.network.internal;

/**
 * The kinds of match a company may seek (seed 002, "Et nyt og bredere match-begreb"): an ordinary job, a
 * job with wage subsidy, a student job, a project, an internship, or a growth pilot (nordjysk vækstpilot:
 * a grant towards the starting salary).
 */
public enum MatchKind {

	ORDINARY_JOB, WAGE_SUBSIDY, STUDENT_JOB, PROJECT, INTERNSHIP, GROWTH_PILOT

}
