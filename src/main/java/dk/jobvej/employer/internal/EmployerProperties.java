package dk.jobvej.employer.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the employer module (local practice, not law, so a municipality sets its own).
 *
 * @param smallTaskMinimumHours the fewest hours a week of a small task or a carved task; 5 in
 *     Aalborg ("et lille job med mening er altid mindst 5 timer om ugen", seed 000)
 * @param followUpWeeks the default points of the follow-up after hiring (efterværn), in weeks after the start
 */
@ConfigurationProperties("jobvej.employer")
record EmployerProperties(@DefaultValue("5") int smallTaskMinimumHours,
		@DefaultValue({ "2", "6", "13" }) List<Integer> followUpWeeks) {
}
