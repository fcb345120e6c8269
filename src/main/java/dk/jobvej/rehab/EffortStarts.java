package dk.jobvej.rehab;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

/**
 * Efforts started for citizens: a resource course (ressourceforløb) with no effort within 6
 * months of its start goes back for a new assessment (LAB § 113 stk. 2). The plan module's
 * offers arrive here through a listener; caseworkers record social-services and health efforts
 * by hand. The same start recorded again counts once.
 */
public interface EffortStarts {

	/**
	 * Records that an effort of the type started on the day.
	 * @param source where it came from, such as {@code plan} or {@code manual}
	 * @return whether it was new
	 */
	boolean recordStart(CitizenId citizen, int municipalityCode, String offerType, LocalDate startedOn,
			String source);

}
