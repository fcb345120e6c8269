package dk.jobvej.survey.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the survey. Anyone with a code answers, without signing in (the answering page
 * {@code /svar} and {@code POST /api/v1/survey/answers}). Staff who meet citizens or companies
 * (rådgiver, virksomhedskonsulent, mentor, leder) print codes for their own unit and type in paper
 * questionnaires; the leader plans rounds and reads the results.
 */
@Component
class SurveyAccessRules implements UrlAccessRules {

	private static final String[] MEET_PEOPLE = { Role.CASEWORKER.name(), Role.COMPANY_CONSULTANT.name(),
			Role.MENTOR.name(), Role.TEAM_LEADER.name() };

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers("/svar", "/svar/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/survey/answers")
			.permitAll()
			.requestMatchers("/api/v1/survey/rounds", "/api/v1/survey/rounds/*/results", "/brugermaaling/runder/**")
			.hasRole(Role.TEAM_LEADER.name())
			.requestMatchers("/api/v1/survey/**", "/brugermaaling/**", "/brugermaaling")
			.hasAnyRole(MEET_PEOPLE);
	}

}
