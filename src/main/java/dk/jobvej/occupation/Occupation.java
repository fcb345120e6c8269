package dk.jobvej.occupation;

import java.util.List;
import java.util.Locale;

/**
 * An occupation (unit group) of the taxonomy.
 *
 * @param code the four-digit unit group
 * @param danish the Danish title shown in Jobvej
 * @param english the ISCO-08 title of the unit group
 * @param synonyms other Danish titles people use for it (also the ESCO titles imported into it)
 * @param groups the titles of its sub-major and major group, broadest last (Danish)
 */
public record Occupation(OccupationCode code, String danish, String english, List<String> synonyms,
		List<String> groups) {

	public Occupation {
		synonyms = List.copyOf(synonyms);
		groups = List.copyOf(groups);
	}

	/** The title in the language asked for (English for "en", otherwise Danish). */
	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) ? english : danish;
	}

}
