package dk.jobvej.occupation.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the occupation module.
 *
 * @param escoDirectory a directory holding ESCO's CSV download in one language
 *     ({@code occupations_<lang>.csv}, {@code skills_<lang>.csv},
 *     {@code occupationSkillRelations_<lang>.csv}); imported at start-up when set
 * @param escoLanguage the language suffix of the files, {@code da} unless set
 */
@ConfigurationProperties("jobvej.occupation")
record OccupationProperties(@Nullable Path escoDirectory, @Nullable String escoLanguage) {

	String language() {
		return escoLanguage == null || escoLanguage.isBlank() ? "da" : escoLanguage;
	}

}
