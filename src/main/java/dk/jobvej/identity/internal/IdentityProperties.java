package dk.jobvej.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login rules.
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("jobvej.identity")
record IdentityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {
}
