package dk.jobvej.smalljobs.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the small-jobs pages and API. Anyone may report a task on the bureau's public form (no
 * login; CSRF-protected, rate- and size-limited). The administrator registers bureaus and sets the result
 * rules; caseworkers and leaders refer citizens; the bureau's staff (PARTNER) do the bureau's work and see
 * only their own bureau's referrals (decided per request by their unit); the settlement is the bureau's and
 * the leaders'; the goal is the leaders' and the bureau's.
 */
@Component
class SmallJobsAccessRules implements UrlAccessRules {

	private static final String PARTNER = Role.PARTNER.name();

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/smaajob/meld-opgave/*", "/smaajob/meld-opgave/*/tak")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/small-jobs/bureaus", "/api/v1/small-jobs/bureaus/*/result-rules")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/small-jobs/bureaus")
			.hasAnyRole(Role.CASEWORKER.name(), Role.TEAM_LEADER.name(), Role.ADMINISTRATOR.name())
			.requestMatchers("/api/v1/small-jobs/bureaus/*/settlements/**")
			.hasAnyRole(PARTNER, Role.TEAM_LEADER.name())
			.requestMatchers(HttpMethod.POST, "/api/v1/small-jobs/referrals")
			.hasAnyRole(Role.CASEWORKER.name(), Role.TEAM_LEADER.name())
			.requestMatchers("/smaajob/henvis/*")
			.hasAnyRole(Role.CASEWORKER.name(), Role.TEAM_LEADER.name())
			.requestMatchers("/api/v1/small-jobs/goal", "/smaajob/maal")
			.hasAnyRole(PARTNER, Role.TEAM_LEADER.name())
			.requestMatchers("/api/v1/small-jobs/**", "/smaajob/**")
			.hasRole(PARTNER);
	}

}
