package dk.jobvej.platform.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every page carries, for staff and citizens alike: Content-Security-Policy (scripts
 * and styles only from Jobvej itself), X-Frame-Options: DENY and Referrer-Policy: same-origin, on
 * top of Spring Security's defaults (nosniff, no caching, HSTS on HTTPS).
 */
public final class SecurityHeaders {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";

	private SecurityHeaders() {
	}

	public static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

}
