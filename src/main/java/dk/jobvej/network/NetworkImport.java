package dk.jobvej.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.identity.UnitId;

/**
 * Loads a network's history without a signed-in user, for demo data: the network with its municipalities,
 * its partners, and matches already made (counted from the partners' records, without openings).
 */
public interface NetworkImport {

	/** The network with the name, created with its municipalities (code to name) if missing. */
	UUID network(String name, LocalDate periodFrom, LocalDate periodTo, int targetMatches, int homeMunicipality,
			int homeSharePercent, int takeWithinDays, Map<Integer, String> municipalities);

	/** The partner with the code in the network, added if missing. */
	UUID partner(UUID network, String code, String name, String pool, UnitId unit, int relayOrder, int targetMatches);

	/** Matches made by partners; kind is a match kind (ORDINARY_JOB, WAGE_SUBSIDY, …). */
	void matches(UUID network, List<Match> matches);

	/** A candidate of a partner: level ACADEMY, PROFESSIONAL_BACHELOR, BACHELOR or MASTER; stage STUDENT or GRADUATE. */
	UUID candidate(UUID partner, String name, String level, String field, String stage, int homeMunicipality);

	/**
	 * An open opening offered to a partner at a moment; job content from NEW_INITIATIVES, NEW_MARKETS,
	 * DEVELOPMENT_TASKS, OTHER.
	 */
	UUID opening(UUID network, UUID offeredTo, String companyName, String cvr, int companyMunicipality, String dialog,
			List<String> jobContent, String description, String kind, java.time.Instant offeredAt);

	/** How many matches the network has. */
	int matchCount(UUID network);

	/** A match made by a partner with a company in a municipality on a day. */
	record Match(UUID partner, String kind, int companyMunicipality, LocalDate on) {
	}

}
