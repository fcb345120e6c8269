package dk.jobvej.matching;

/**
 * Rebuilds the candidate bank from the CVs in bulk: after CVs were imported (the demo, a
 * migration), which publishes no {@code CvChanged} for each one. Single changes reach the bank by
 * themselves.
 */
public interface CandidatesFromCvs {

	/**
	 * Every CV of the municipality becomes its citizen's candidate profile; readiness and postcode
	 * are kept from the profile there was, if any.
	 *
	 * @return how many profiles were written
	 */
	int refresh(int municipalityCode);

}
