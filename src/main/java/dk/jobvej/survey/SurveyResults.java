package dk.jobvej.survey;

import java.util.List;
import java.util.Optional;

/**
 * The results of the survey rounds of a municipality, for the results module's reports. Every
 * group of fewer answers than the minimum (5) is suppressed, and so is the next-smallest group
 * when the suppressed ones alone could be worked out from the total.
 */
public interface SurveyResults {

	/** The rounds of the municipality, newest first. */
	List<RoundSummary> rounds(int municipalityCode);

	/** A round's results per unit and overall; empty for a round of another municipality. */
	Optional<RoundResult> result(RoundId round, int municipalityCode);

}
