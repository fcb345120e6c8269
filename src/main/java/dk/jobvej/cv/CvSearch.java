package dk.jobvej.cv;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dk.jobvej.citizen.CitizenId;

/**
 * Reads CVs for other modules: the employer and matching modules search the candidate bank by
 * occupation, skills, education, experience, hours and commuting distance; the plan module shows
 * the job goals. The answers carry no name or CPR number and are not audited here: a caller that
 * shows a CV to a member of staff opens the citizen through
 * {@link dk.jobvej.citizen.CitizenRegister#open} first (which checks need-to-know and audits), or
 * audits the citizens it lists.
 */
public interface CvSearch {

	/** The citizen's CV, if one has been started. */
	Optional<CvSnapshot> snapshot(CitizenId citizen);

	/** The CVs that match every criterion given, most recently changed first. */
	List<CvSnapshot> search(CvCriteria criteria);

	/** Every CV of the municipality, one at a time, for bulk computations (matching, statistics). */
	void forEachSnapshot(int municipalityCode, Consumer<CvSnapshot> each);

}
