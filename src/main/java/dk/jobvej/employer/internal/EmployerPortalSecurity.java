package dk.jobvej.employer.internal;

import dk.jobvej.platform.web.SecurityHeaders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The companies' door, built like Min side: everything under {@code /virksomhedsportal/} has its
 * own sign-in, sign-out and authentication manager and admits only signed-in employer users (role
 * EMPLOYER), never staff or citizens; the staff doors admit staff roles only, so an employer's
 * session opens nothing there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmployerProperties.class)
class EmployerPortalSecurity {

	static final String LOGIN = "/virksomhedsportal/login";

	@Bean
	@Order(2)
	SecurityFilterChain employerPortal(HttpSecurity http, JdbcClient jdbc, PasswordEncoder passwords) throws Exception {
		return http.securityMatcher("/virksomhedsportal/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN)
				.permitAll()
				.anyRequest()
				.hasRole(SignedInEmployer.ROLE))
			.authenticationManager(new ProviderManager(new EmployerLogin(jdbc, passwords)))
			.formLogin(form -> form.loginPage(LOGIN)
				.defaultSuccessUrl("/virksomhedsportal", true)
				.failureUrl(LOGIN + "?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/virksomhedsportal/logout").logoutSuccessUrl(LOGIN + "?logout"))
			.headers(SecurityHeaders.forPages())
			.build();
	}

}
