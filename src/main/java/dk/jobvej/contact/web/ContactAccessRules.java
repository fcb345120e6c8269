package dk.jobvej.contact.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the contact course. Decisions (booking, changing, recording outcomes, absences,
 * slots, the on-duty arrangement, consultation answers and sanction decisions) are the caseworker's
 * and the team leader's, as for the citizen's case. Mentors and company consultants work with the
 * same citizens and read conversations, courses, availability cases and their own worklist, but
 * decide nothing here. The team's worklist, the statistics, the missed-conversations report and the
 * unit's self-booking limits are the leader's; the free-municipality switch is the administrator's;
 * the cadence rules are readable by all staff. Which citizen a member of staff may see is decided
 * per citizen by the citizen module (need to know). Min side ({@code /min-side/samtaler}) is the
 * citizens' own and guarded by the portal's filter chain.
 */
@Component
class ContactAccessRules implements UrlAccessRules {

	private static final String[] WORK_WITH_CITIZENS = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(),
			Role.MENTOR.name(), Role.TEAM_LEADER.name() };

	private static final String[] DECIDE = { Role.CASEWORKER.name(), Role.TEAM_LEADER.name() };

	private static final String LEADER = Role.TEAM_LEADER.name();

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/api/v1/tasks/team", "/api/v1/conversation-statistics", "/api/v1/missed-conversations",
				"/samtaler/statistik", "/samtaler/manglende", "/samtaler/tider/graenser")
			.hasRole(LEADER)
			.requestMatchers(HttpMethod.PUT, "/api/v1/booking-limits")
			.hasRole(LEADER)
			.requestMatchers("/api/v1/cadence-variants/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/cadence-rules")
			.authenticated()
			.requestMatchers("/samtaler/kalender.ics", "/samtaler/tider/**", "/samtaler/vagtordning", "/api/v1/slots/**",
					"/api/v1/booking-limits", "/api/v1/calendar.ics")
			.hasAnyRole(DECIDE)
			.requestMatchers(HttpMethod.GET, "/api/v1/conversations/*", "/api/v1/contact-courses/*",
					"/api/v1/availability-cases/*", "/api/v1/tasks/mine", "/samtaler", "/samtaler/borger/*",
					"/raadighed/*", "/raadighed/*/partshoering", "/raadighed/*/afgoerelsesbrev", "/raadighed/*/*.pdf",
					"/opgaver")
			.hasAnyRole(WORK_WITH_CITIZENS)
			.requestMatchers(HttpMethod.GET, "/samtaler/*")
			.hasAnyRole(WORK_WITH_CITIZENS)
			.requestMatchers("/api/v1/conversations/**", "/api/v1/contact-courses/**", "/api/v1/availability-cases/**",
					"/api/v1/slots/**", "/api/v1/booking-limits", "/api/v1/on-duty-reassignments", "/api/v1/calendar.ics",
					"/samtaler/**", "/raadighed/**")
			.hasAnyRole(DECIDE);
	}

}
