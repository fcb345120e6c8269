package dk.jobvej.citizen.internal;

import java.time.Duration;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the citizen module ({@code jobvej.citizen.*}).
 *
 * @param breakTheGlassDuration how long access outside the unit lasts after a stated reason
 * @param sicknessCategory3AbolishedFrom the first day sickness-benefit category 3 may no longer be
 * chosen. L 74 (2024-25) repeals it; the in-force date is not verified (a secondary source says
 * 1 January 2025), so it is a setting; empty keeps category 3 open
 * @param searchLimit the most citizens a search shows
 */
@ConfigurationProperties("jobvej.citizen")
record CitizenProperties(@DefaultValue("8h") Duration breakTheGlassDuration,
		@DefaultValue("2025-01-01") @Nullable LocalDate sicknessCategory3AbolishedFrom,
		@DefaultValue("50") int searchLimit) {
}
