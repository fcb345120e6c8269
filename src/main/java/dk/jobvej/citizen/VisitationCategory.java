package dk.jobvej.citizen;

/**
 * Visitation categories: how ready a citizen is judged to be. Which categories may be chosen
 * follows from the target group (see the citizen module's rules).
 */
public enum VisitationCategory {

	JOBPARAT, AKTIVITETSPARAT, UDDANNELSESPARAT, AABENLYST_UDDANNELSESPARAT, SYGEDAGPENGE_KATEGORI_1,
	SYGEDAGPENGE_KATEGORI_2, SYGEDAGPENGE_KATEGORI_3

}
