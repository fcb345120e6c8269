package dk.jobvej.matching;

import java.util.List;
import java.util.Optional;

import dk.jobvej.citizen.CitizenId;

/**
 * Matching's index of candidates, fed with what the CVs say: one profile at a time as a CV
 * changes, or in bulk (PostgreSQL COPY) for the demo data and migrations. A batch id imported
 * before is skipped.
 */
public interface CandidateIndex {

	/** Adds or replaces the citizen's profile. */
	void put(CandidateProfile profile);

	/** Adds profiles in bulk; @return how many, 0 if the batch was imported before */
	int importBatch(String batchId, List<CandidateProfile> profiles);

	/** Removes the citizen from the candidate bank (no CV any more). */
	void remove(CitizenId citizen);

	Optional<CandidateProfile> profile(CitizenId citizen);

}
