package dk.jobvej.results.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the results. Leaders (leder/analytiker) and administrators read the dashboard,
 * full-time persons and benchmarks, refresh the figures and make the committee report; all of it
 * is aggregates. Only the administrator changes KPIs, targets, the labour force and benchmark sets.
 */
@Component
class ResultsAccessRules implements UrlAccessRules {

	private static final String[] READ = { Role.TEAM_LEADER.name(), Role.ADMINISTRATOR.name() };

	private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/resultater/maal/**", "/resultater/maal", "/resultater/arbejdsstyrke",
				"/resultater/benchmark")
			.hasRole(ADMINISTRATOR)
			.requestMatchers(HttpMethod.POST, "/api/v1/results/kpis", "/api/v1/results/benchmarks/**",
					"/api/v1/results/benchmarks")
			.hasRole(ADMINISTRATOR)
			.requestMatchers(HttpMethod.PUT, "/api/v1/results/**")
			.hasRole(ADMINISTRATOR)
			.requestMatchers("/resultater/**", "/resultater", "/api/v1/results/**")
			.hasAnyRole(READ);
	}

}
