package dk.jobvej.results;

/**
 * Recomputes a municipality's figures from the citizen module's benefit histories: full-time
 * persons per benefit and month, and the benefit-derived facts (exits, flex-job entries). Live
 * changes arrive as events; a refresh is needed after a bulk import, which publishes none.
 */
public interface ResultsRefresh {

	/** Reads every history of the municipality once and replaces its figures; answers what it read. */
	Refreshed refresh(int municipalityCode);

	/** When the municipality's histories were last read in full; empty if never. */
	java.util.Optional<java.time.Instant> refreshedAt(int municipalityCode);

	/** What a refresh read and how long it took. */
	record Refreshed(int municipalityCode, int citizens, int periods, long millis) {
	}

}
