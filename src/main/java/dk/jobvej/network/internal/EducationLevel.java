package dk.jobvej.network.internal;

/**
 * The level of a candidate's higher education (seed 002): academy profession (erhvervsakademi, KVU),
 * professional bachelor (erhvervsbachelor, MVU), bachelor (MVU), master (kandidat, LVU).
 */
public enum EducationLevel {

	ACADEMY, PROFESSIONAL_BACHELOR, BACHELOR, MASTER

}
