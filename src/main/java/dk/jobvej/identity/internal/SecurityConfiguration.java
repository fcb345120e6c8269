package dk.jobvej.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.ProblemResponses;
import dk.jobvej.platform.web.SecurityHeaders;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors for staff: the API under {@code /api/**} (stateless, HTTP Basic, no session and so no CSRF
 * token needed) and the pages (form login with a session, CSRF on, and login through the
 * municipality's identity provider when an OIDC client registration is configured). Which role
 * may reach which URL is declared by each module in a {@link UrlAccessRules} bean; both chains
 * apply them all, before any request body is read. The API answers refusals with problem details
 * (401 without valid credentials, 403 for a role without access). Both doors admit staff roles
 * only; citizens have their own door to Min side (the portal module), ordered between the two.
 *
 * <p>Headers on every response: Content-Security-Policy, X-Content-Type-Options: nosniff,
 * X-Frame-Options: DENY, Referrer-Policy: same-origin, no caching; Strict-Transport-Security only
 * on HTTPS requests. The session id changes at login (session fixation protection).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The roles of staff: a signed-in citizen (Min side) has none of them. */
	private static final String[] STAFF = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<UrlAccessRules> rules, ProblemResponses problems)
			throws Exception {
		var unauthorised = problems.unauthorised("Jobvej");
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> {
				rules.forEach(rule -> rule.apply(requests));
				requests.anyRequest().hasAnyRole(STAFF);
			})
			.httpBasic(basic -> basic.realmName("Jobvej").authenticationEntryPoint(unauthorised))
			.exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthorised)
				.accessDeniedHandler(problems.forbidden()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, List<UrlAccessRules> rules,
			ObjectProvider<ClientRegistrationRepository> oidcClients, StaffOidcUserService staffOidcUsers)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests
				.requestMatchers("/login", "/error", "/dkfds/**", "/webjars/**", "/css/**", "/js/**",
						"/actuator/health/**", "/v3/api-docs/**", "/favicon.ico")
				.permitAll();
			rules.forEach(rule -> rule.apply(requests));
			requests.anyRequest().hasAnyRole(STAFF);
		})
			.formLogin(form -> form.loginPage("/login").failureHandler(passwordLoginFailures()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(SecurityHeaders.forPages());
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(staffOidcUsers))
				.failureHandler(oidcLoginFailures()));
		}
		return http.build();
	}

	/**
	 * A locked account gets its own message, and so does a login that could not be checked (the
	 * staff register could not be read: the database is out of reach); every other failure the
	 * same one.
	 */
	private static AuthenticationFailureHandler passwordLoginFailures() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				InternalAuthenticationServiceException.class.getName(), "/login?unavailable"));
		return handler;
	}

	/** Someone the identity provider knows but Jobvej does not is told so; other failures are generic. */
	private static AuthenticationFailureHandler oidcLoginFailures() {
		var redirects = new DefaultRedirectStrategy();
		return (request, response, exception) -> {
			var notStaff = exception instanceof OAuth2AuthenticationException oauth2
					&& StaffOidcUserService.NOT_STAFF.equals(oauth2.getError().getErrorCode());
			redirects.sendRedirect(request, response, notStaff ? "/login?notStaff" : "/login?oidcError");
		};
	}

}
