package dk.jobvej.youth.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the youth pages and API. The roles that work with citizens read orders, and run the
 * guidance café, clubs and leisure jobs (mentors and youth guides among them); issuing, moving on,
 * revising and ending education orders are the caseworker's and the leader's decisions; the
 * figures of the municipality are the leader's; population figures are imported by leaders and
 * administrators; the rules are the administrator's to change, and every member of staff may read
 * them.
 */
@Component
class YouthAccessRules implements UrlAccessRules {

	private static final String[] WORK_WITH_CITIZENS = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(),
			Role.MENTOR.name(), Role.TEAM_LEADER.name() };

	private static final String[] DECIDE = { Role.CASEWORKER.name(), Role.TEAM_LEADER.name() };

	private static final String[] ANY_STAFF = java.util.Arrays.stream(Role.values()).map(Role::name)
		.toArray(String[]::new);

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/admin/regler/unge/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/youth/rules")
			.hasAnyRole(ANY_STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/v1/youth/rules/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers(HttpMethod.POST, "/api/v1/youth/population-figures")
			.hasAnyRole(Role.TEAM_LEADER.name(), Role.ADMINISTRATOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/youth/figures")
			.hasRole(Role.TEAM_LEADER.name())
			.requestMatchers(HttpMethod.POST, "/api/v1/youth/education-orders", "/api/v1/youth/education-orders/**",
					"/unge/paalaeg/**")
			.hasAnyRole(DECIDE)
			.requestMatchers(HttpMethod.GET, "/unge/paalaeg/ny")
			.hasAnyRole(DECIDE)
			.requestMatchers("/api/v1/youth/**", "/unge/**", "/unge")
			.hasAnyRole(WORK_WITH_CITIZENS);
	}

}
