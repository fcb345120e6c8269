package dk.jobvej.results.internal;

import java.util.Locale;

/** One of the minister's goals for the year (Beskæftigelsesministerens mål), a heading of the KPIs. */
public record Goal(int number, String titleDa, String titleEn, String source) {

	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) ? titleEn : titleDa;
	}

}
