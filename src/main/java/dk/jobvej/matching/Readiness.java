package dk.jobvej.matching;

import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * How ready a candidate is for work, from the citizen's visitation category: job-ready citizens
 * are matched to any job; activity-ready citizens first of all to tasks and small tasks.
 */
public enum Readiness {

	JOB_READY, EDUCATION_READY, ACTIVITY_READY, ON_SICK_LEAVE, UNKNOWN;

	/** The readiness a visitation category stands for; no category yet is {@link #UNKNOWN}. */
	public static Readiness of(@Nullable VisitationCategory category) {
		if (category == null) {
			return UNKNOWN;
		}
		return switch (category) {
			case JOBPARAT -> JOB_READY;
			case AKTIVITETSPARAT -> ACTIVITY_READY;
			case UDDANNELSESPARAT, AABENLYST_UDDANNELSESPARAT -> EDUCATION_READY;
			case SYGEDAGPENGE_KATEGORI_1, SYGEDAGPENGE_KATEGORI_2, SYGEDAGPENGE_KATEGORI_3 -> ON_SICK_LEAVE;
		};
	}

}
