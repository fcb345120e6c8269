package dk.jobvej.occupation;

import java.util.List;
import java.util.Optional;

/**
 * The occupation taxonomy as other modules read it: occupations by code, search by title with
 * Danish stemming and tolerance for misspellings, related occupations for partial matches, and the
 * ESCO skills of an occupation. Reads only; nothing here is personal data.
 */
public interface Taxonomy {

	Optional<Occupation> byCode(OccupationCode code);

	/** Every unit group, by code. */
	List<Occupation> all();

	/**
	 * Occupations whose titles or synonyms match the text, best first. The text is untrusted: any
	 * characters and any length are accepted (it is cleaned with {@link SearchText#clean}); a text
	 * with nothing to search for finds nothing.
	 */
	List<OccupationHit> search(String text, int limit);

	/** How close two occupations are. */
	Relatedness relatedness(OccupationCode a, OccupationCode b);

	/** The occupations related to this one at least as closely as the minimum weight, closest first (itself excluded). */
	List<RelatedOccupation> related(OccupationCode code, double minimumWeight);

	/** The ESCO skills of the occupation's ESCO occupations, essential first (empty until ESCO is imported). */
	List<Skill> skills(OccupationCode code, int limit);

}
