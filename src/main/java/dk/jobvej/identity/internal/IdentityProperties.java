package dk.jobvej.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login rules ({@code jobvej.identity.*}).
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockDuration how long a locked account stays locked
 * @param oidcUsernameClaim the claim of the municipality's identity provider (OIDC) that holds
 * the Jobvej username of the member of staff signing in
 */
@ConfigurationProperties("jobvej.identity")
record IdentityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("preferred_username") String oidcUsernameClaim) {
}
