package dk.jobvej.rehab.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the rehabilitation and sickness-benefit pages and API. The roles that work with
 * citizens (rådgiver, virksomhedskonsulent, mentor, leder) read cases, agendas, worklists and the
 * retention per company; decisions and changes (opening cases, documents, exemptions,
 * recommendations, decisions, agendas, meetings, courses, efforts, sickness follow-up) are the
 * caseworker's and the leader's; forming a team is the leader's; the free-municipality report is
 * the leader's and the administrator's; the rules and the free-municipality setting are the
 * administrator's to change, and every member of staff may read the rules. Which citizens a member
 * of staff may open is decided per citizen by the citizen module.
 */
@Component
class RehabAccessRules implements UrlAccessRules {

	private static final String[] WORK_WITH_CITIZENS = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(),
			Role.MENTOR.name(), Role.TEAM_LEADER.name() };

	private static final String[] DECIDE = { Role.CASEWORKER.name(), Role.TEAM_LEADER.name() };

	private static final String[] REPORT = { Role.TEAM_LEADER.name(), Role.ADMINISTRATOR.name() };

	private static final String[] ANY_STAFF = java.util.Arrays.stream(Role.values()).map(Role::name)
		.toArray(String[]::new);

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/admin/regler/rehabilitering/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/rehab/rules")
			.hasAnyRole(ANY_STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/v1/rehab/rules/**", "/api/v1/rehab/free-municipality")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/rehab/free-municipality/**", "/rehabilitering/frikommune")
			.hasAnyRole(REPORT)
			.requestMatchers(HttpMethod.POST, "/api/v1/rehab/teams", "/rehabilitering/teams")
			.hasRole(Role.TEAM_LEADER.name())
			.requestMatchers(HttpMethod.GET, "/rehabilitering/sager/ny", "/sygedagpenge/ny")
			.hasAnyRole(DECIDE)
			.requestMatchers(HttpMethod.GET, "/api/v1/rehab/**", "/api/v1/sickness/**", "/rehabilitering/**",
					"/sygedagpenge/**", "/rehabilitering", "/sygedagpenge")
			.hasAnyRole(WORK_WITH_CITIZENS)
			.requestMatchers("/api/v1/rehab/**", "/api/v1/sickness/**", "/rehabilitering/**", "/sygedagpenge/**")
			.hasAnyRole(DECIDE);
	}

}
