package dk.jobvej.programme.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the programmes. Leaders (leder/analytiker) and administrators define programmes,
 * select and randomise, record grant payments and read the status report, the grant ledger and the
 * evaluation; the auditor may also verify a randomisation. Caseworkers and leaders record programme
 * visitations and exits; everyone who works with citizens sees the list of programmes and the
 * group 1 members who lack a plan, a CV or a job mediator (their own citizens by name).
 */
@Component
class ProgrammeAccessRules implements UrlAccessRules {

	private static final String[] PLANNERS = { Role.TEAM_LEADER.name(), Role.ADMINISTRATOR.name() };

	private static final String[] VERIFY = { Role.TEAM_LEADER.name(), Role.ADMINISTRATOR.name(), Role.AUDITOR.name() };

	private static final String[] DECIDE = { Role.CASEWORKER.name(), Role.TEAM_LEADER.name() };

	private static final String[] WORK_WITH_CITIZENS = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(),
			Role.MENTOR.name(), Role.TEAM_LEADER.name() };

	private static final String[] READ = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(), Role.MENTOR.name(),
			Role.TEAM_LEADER.name(), Role.ADMINISTRATOR.name() };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers(HttpMethod.GET, "/api/v1/programmes/*/randomisation", "/programmer/*/lodtraekning")
			.hasAnyRole(VERIFY)
			.requestMatchers(HttpMethod.POST, "/api/v1/programmes/*/visitations", "/api/v1/programmes/*/exits",
					"/programmer/*/visitation", "/programmer/*/udslusning")
			.hasAnyRole(DECIDE)
			.requestMatchers(HttpMethod.GET, "/api/v1/programmes/*/visitations/lacking", "/programmer/*/visitation")
			.hasAnyRole(WORK_WITH_CITIZENS)
			.requestMatchers(HttpMethod.GET, "/api/v1/programmes", "/api/v1/programmes/*", "/programmer")
			.hasAnyRole(READ)
			.requestMatchers("/api/v1/programmes/**", "/api/v1/programmes", "/programmer/**")
			.hasAnyRole(PLANNERS);
	}

}
