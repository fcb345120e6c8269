package dk.jobvej.plan.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the plan module ({@code jobvej.plan.*}): local practice, not law.
 *
 * @param earliestStartBack how far back an offer may start when it is registered (late registration)
 * @param latestStartAhead how far ahead an offer may start, and an ending be set
 * @param agreementsBack how far back a conversation's agreements may be dated
 * @param targetCache how long a computed 70 % target is shown before it is computed again (it reads
 * every citizen's history of the municipality, a few seconds for Aalborg)
 */
@ConfigurationProperties("jobvej.plan")
public record PlanProperties(@DefaultValue("P1Y") Period earliestStartBack, @DefaultValue("P1Y") Period latestStartAhead,
		@DefaultValue("P1Y") Period agreementsBack, @DefaultValue("PT15M") java.time.Duration targetCache) {
}
