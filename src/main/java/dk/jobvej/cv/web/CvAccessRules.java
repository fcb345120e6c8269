package dk.jobvej.cv.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the CV pages and API. A CV is no decision: every role that works with citizens
 * (rådgiver, virksomhedskonsulent, mentor, leder) reads and edits the CVs of the citizens they may
 * open (need to know is checked per citizen); the unit's worklist is the leader's. The citizen edits
 * their own CV on Min side, whose door admits citizens only. Ordered before the citizen module's
 * rules, which cover {@code /borgere/**} as a whole.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CvAccessRules implements UrlAccessRules {

	private static final String[] WORK_WITH_CITIZENS = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(),
			Role.MENTOR.name(), Role.TEAM_LEADER.name() };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/api/v1/cv/worklist/unit")
			.hasRole(Role.TEAM_LEADER.name())
			.requestMatchers("/borgere/*/cv", "/borgere/*/cv/**", "/borgere/uden-cv", "/api/v1/citizens/*/cv",
					"/api/v1/citizens/*/cv/**", "/api/v1/cv/**")
			.hasAnyRole(WORK_WITH_CITIZENS);
	}

}
