package dk.jobvej.citizen.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the citizen pages and API. The roles that work with citizens (rådgiver,
 * virksomhedskonsulent, mentor, leder) read a citizen's case, reveal the CPR number and write in
 * the journal; decisions (registering a citizen, benefit periods, visitation) are the
 * caseworker's and the leader's; the unit's worklist and the break-the-glass review are the
 * leader's. Which citizens a member of staff may open is decided per citizen (need to know).
 */
@Component
class CitizenAccessRules implements UrlAccessRules {

	private static final String[] WORK_WITH_CITIZENS = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(),
			Role.MENTOR.name(), Role.TEAM_LEADER.name() };

	private static final String[] DECIDE = { Role.CASEWORKER.name(), Role.TEAM_LEADER.name() };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers(HttpMethod.GET, "/borgere/adgang")
			.hasRole(Role.TEAM_LEADER.name())
			.requestMatchers("/api/v1/citizens/unit", "/api/v1/access-grants/**")
			.hasRole(Role.TEAM_LEADER.name())
			.requestMatchers(HttpMethod.POST, "/api/v1/citizens")
			.hasAnyRole(DECIDE)
			.requestMatchers("/api/v1/citizens/*/benefit-periods/**", "/api/v1/citizens/*/visitation",
					"/api/v1/citizens/*/assignment", "/borgere/ny", "/borgere/*/tildeling", "/borgere/kontaktpersoner",
					"/borgere/*/ydelser/**", "/borgere/*/visitation")
			.hasAnyRole(DECIDE)
			.requestMatchers("/borgere/**", "/api/v1/citizens/**")
			.hasAnyRole(WORK_WITH_CITIZENS);
	}

}
