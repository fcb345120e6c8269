package dk.jobvej.audit.web;

import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only auditors (revisorer) read and verify the audit trail. */
@Component
class AuditAccessRules implements UrlAccessRules {

	/** The auditor role's name (identity's {@code Role.AUDITOR}; audit does not depend on identity). */
	private static final String AUDITOR = "AUDITOR";

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/revision/**", "/api/v1/audit/**").hasRole(AUDITOR);
	}

}
