package dk.jobvej.matching.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use matching. Every role that works with citizens reads suggestions and searches the
 * candidate bank (job suggestions for a citizen are opened through need-to-know); company
 * consultants propose candidates and move matches on. The employer portal's and Min side's pages
 * are behind their own doors.
 */
@Component
class MatchingAccessRules implements UrlAccessRules {

	private static final String[] READ = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(), Role.MENTOR.name(),
			Role.TEAM_LEADER.name() };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers(HttpMethod.POST, "/api/v1/matching/matches", "/api/v1/matching/matches/*/status",
				"/matchning/stillinger/*/forslag", "/matchning/match/*")
			.hasRole(Role.COMPANY_CONSULTANT.name())
			.requestMatchers("/api/v1/matching/**", "/matchning/**", "/kandidatbank", "/kandidatbank/**")
			.hasAnyRole(READ);
	}

}
