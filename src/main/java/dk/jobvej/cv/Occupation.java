package dk.jobvej.cv;

/**
 * An occupation a job goal or a work experience is tied to.
 *
 * @param code the four-digit DISCO-08 / ISCO-08 unit group, e.g. {@code 5223}
 * @param danish the Danish job title shown to citizens and staff
 * @param english the ISCO-08 title of the unit group
 */
public record Occupation(String code, String danish, String english) {

	/** The title in the language asked for (English for "en", otherwise Danish). */
	public String title(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? english : danish;
	}

}
