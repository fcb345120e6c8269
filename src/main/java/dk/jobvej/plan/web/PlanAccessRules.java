package dk.jobvej.plan.web;

import java.util.Arrays;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the plan pages and API. Decisions about offers (grant, refuse, extend, end, the
 * waiting list) and the plan's goals are the caseworker's and the team leader's; mentors and
 * company consultants read the plan, the offers and the decisions, record what was agreed at
 * their conversations, point to self-help and measure progression. Occupancy, waiting lists and
 * the 70 % target are for leaders; the catalogue is read by all staff and changed by the
 * administrator. Citizens use their own pages on Min side, whose door admits citizens only.
 * Ordered before the citizen module's rules, which cover {@code /borgere/**} as a whole.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PlanAccessRules implements UrlAccessRules {

	private static final String[] WORK_WITH_CITIZENS = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(),
			Role.MENTOR.name(), Role.TEAM_LEADER.name() };

	private static final String[] DECIDE = { Role.CASEWORKER.name(), Role.TEAM_LEADER.name() };

	private static final String[] ANY_STAFF = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers(HttpMethod.POST, "/api/v1/catalogue/projects")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers(HttpMethod.PUT, "/api/v1/catalogue/projects/*")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers("/api/v1/catalogue/occupancy", "/api/v1/catalogue/projects/*/waiting-list",
					"/api/v1/targets/**", "/tilbudsvifte/belaegning", "/maal/**")
			.hasRole(Role.TEAM_LEADER.name())
			.requestMatchers("/api/v1/catalogue/**", "/tilbudsvifte", "/tilbudsvifte/**")
			.hasAnyRole(ANY_STAFF)
			.requestMatchers(HttpMethod.POST, "/api/v1/citizens/*/offers", "/api/v1/citizens/*/offers/refusals",
					"/api/v1/offers/*/extension", "/api/v1/offers/*/end", "/api/v1/offers/*/grant",
					"/api/v1/offers/*/cancellation", "/api/v1/citizens/*/plan/end-goal",
					"/api/v1/citizens/*/plan/sub-goals", "/api/v1/citizens/*/plan/goals/*/close")
			.hasAnyRole(DECIDE)
			.requestMatchers("/api/v1/citizens/*/plan", "/api/v1/citizens/*/plan/**", "/api/v1/citizens/*/offers",
					"/api/v1/offers/**", "/api/v1/citizens/*/decisions", "/api/v1/decisions/**",
					"/api/v1/citizens/*/progression", "/api/v1/help-items")
			.hasAnyRole(WORK_WITH_CITIZENS)
			.requestMatchers(HttpMethod.GET, "/borgere/*/indsatser/ny")
			.hasAnyRole(DECIDE)
			.requestMatchers(HttpMethod.POST, "/borgere/*/indsatser", "/borgere/*/indsatser/**")
			.hasAnyRole(DECIDE)
			.requestMatchers("/borgere/*/plan/slutmaal", "/borgere/*/plan/delmaal", "/borgere/*/plan/maal/**")
			.hasAnyRole(DECIDE)
			.requestMatchers("/borgere/*/plan", "/borgere/*/plan/**", "/borgere/*/indsatser/**",
					"/borgere/*/afgoerelser/**")
			.hasAnyRole(WORK_WITH_CITIZENS);
	}

}
