package dk.jobvej.youth.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the youth module ({@code jobvej.youth.*}); the legal rules are rows of {@code youth.rule}.
 *
 * @param dueSoonDays a deadline within this many days counts as due
 * @param worklistLimit the most rows a worklist shows (the rest are counted)
 */
@ConfigurationProperties("jobvej.youth")
record YouthProperties(@DefaultValue("14") int dueSoonDays, @DefaultValue("50") int worklistLimit) {
}
