package dk.jobvej.occupation.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may read the occupation taxonomy: every role that works with citizens or companies
 * (rådgiver, virksomhedskonsulent, mentor, leder) and the administrator, who maintains it. It holds
 * no personal data.
 */
@Component
class OccupationAccessRules implements UrlAccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/api/v1/occupations/**", "/api/v1/occupations")
			.hasAnyRole(Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(), Role.MENTOR.name(),
					Role.TEAM_LEADER.name(), Role.ADMINISTRATOR.name());
	}

}
