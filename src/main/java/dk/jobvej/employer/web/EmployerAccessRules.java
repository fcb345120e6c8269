package dk.jobvej.employer.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the employer pages and API. Company consultants (virksomhedskonsulenter) own
 * companies, visits, vacancies, job carving, employer-portal accounts and the follow-up after
 * hiring; caseworkers, mentors and leaders read companies and vacancies (to bring concrete jobs
 * into conversations); placements are started and ended by consultants and caseworkers (the
 * citizen is opened through need-to-know); the targets of the employment plan are the leaders'.
 * The employer portal (/virksomhedsportal) has its own door (see EmployerPortalSecurity).
 */
@Component
class EmployerAccessRules implements UrlAccessRules {

	static final String[] READ = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(), Role.MENTOR.name(),
			Role.TEAM_LEADER.name() };

	static final String[] PLACE = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name() };

	static final String CONSULTANT = Role.COMPANY_CONSULTANT.name();

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/api/v1/employer-targets", "/virksomheder/maal")
			.hasRole(Role.TEAM_LEADER.name())
			.requestMatchers("/api/v1/follow-ups/**", "/opfoelgning/**", "/opfoelgning")
			.hasRole(CONSULTANT)
			.requestMatchers(HttpMethod.POST, "/api/v1/placements/*/follow-ups")
			.hasRole(CONSULTANT)
			.requestMatchers(HttpMethod.GET, "/api/v1/placements/**", "/placeringer/**")
			.hasAnyRole(READ)
			.requestMatchers("/api/v1/placements/**", "/api/v1/placements")
			.hasAnyRole(PLACE)
			.requestMatchers(HttpMethod.GET, "/api/v1/companies/**", "/api/v1/companies", "/api/v1/vacancies/**",
					"/api/v1/vacancies", "/virksomheder", "/stillinger")
			.hasAnyRole(READ)
			.requestMatchers("/virksomheder/ny", "/virksomheder/*/stillinger/ny")
			.hasRole(CONSULTANT)
			.requestMatchers(HttpMethod.GET, "/virksomheder/*", "/stillinger/*")
			.hasAnyRole(READ)
			.requestMatchers(HttpMethod.POST, "/virksomheder/soeg")
			.hasAnyRole(READ)
			.requestMatchers("/api/v1/companies/**", "/api/v1/companies", "/api/v1/vacancies/**", "/virksomheder/**",
					"/stillinger/**")
			.hasRole(CONSULTANT);
	}

}
