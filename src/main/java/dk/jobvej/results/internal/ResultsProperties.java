package dk.jobvej.results.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the results module ({@code jobvej.results.*}).
 *
 * @param pseudonymKey the secret key of the pseudonyms (a keyed hash of a citizen's id); set your
 * own in production (environment variable {@code JOBVEJ_RESULTS_PSEUDONYMKEY}), and keep it out of
 * the database, so the results schema cannot be joined back to citizens without it
 * @param years how many whole years back full-time persons are computed, besides the current year
 * @param forecastWindow how many of the latest months with figures the forecast averages
 * @param reportTimeout how long a finished committee report is kept for download
 */
@ConfigurationProperties("jobvej.results")
public record ResultsProperties(@DefaultValue("jobvej-development-key-change-me") String pseudonymKey,
		@DefaultValue("5") int years, @DefaultValue("3") int forecastWindow,
		@DefaultValue("30m") java.time.Duration reportTimeout) {
}
