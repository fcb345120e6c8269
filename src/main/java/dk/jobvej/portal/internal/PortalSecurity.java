package dk.jobvej.portal.internal;

import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.platform.web.SecurityHeaders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The citizens' door: everything under {@code /min-side/} has its own sign-in, its own sign-out
 * and admits only signed-in citizens (role CITIZEN), never staff. It has its own authentication
 * manager, so a member of staff's username and password are not accepted here, and the staff
 * doors admit staff roles only, so a citizen's session opens nothing there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class PortalSecurity {

	static final String LOGIN = "/min-side/login";

	@Bean
	@Order(2)
	SecurityFilterChain minSide(HttpSecurity http, PortalProperties properties, CitizenRegister citizens)
			throws Exception {
		return http.securityMatcher("/min-side/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN)
				.permitAll()
				.anyRequest()
				.hasRole(SignedInCitizen.ROLE))
			.authenticationManager(new ProviderManager(new TestLogin(properties.testLogin(), citizens)))
			.formLogin(form -> form.loginPage(LOGIN)
				.usernameParameter("cpr")
				.defaultSuccessUrl("/min-side", true)
				.failureUrl(LOGIN + "?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/min-side/logout").logoutSuccessUrl(LOGIN + "?logout"))
			.headers(SecurityHeaders.forPages())
			.build();
	}

}
