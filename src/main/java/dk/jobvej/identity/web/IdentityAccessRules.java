package dk.jobvej.identity.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Administrators manage staff and units; every member of staff may read the units. */
@Component
class IdentityAccessRules implements UrlAccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		var administrator = Role.ADMINISTRATOR.name();
		urls.requestMatchers("/admin/**", "/api/v1/staff/**")
			.hasRole(administrator)
			.requestMatchers(HttpMethod.GET, "/api/v1/units/**")
			.authenticated()
			.requestMatchers("/api/v1/units/**")
			.hasRole(administrator);
	}

}
