package dk.jobvej.network.web;

import dk.jobvej.identity.Role;
import dk.jobvej.platform.web.UrlAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the match network. The administrator sets up networks and partners; the partners' staff (the
 * role NETWORK_PARTNER, and company consultants for a jobcenter partner) use the rest, and each request is
 * checked against the caller's partner (by unit): openings and counts are shared, candidates are the
 * partner's own.
 */
@Component
class NetworkAccessRules implements UrlAccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls) {
		urls.requestMatchers(HttpMethod.POST, "/api/v1/network/networks", "/api/v1/network/networks/*/partners")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers("/api/v1/network/**", "/vaekst-via-viden/**", "/vaekst-via-viden")
			.hasAnyRole(Role.NETWORK_PARTNER.name(), Role.COMPANY_CONSULTANT.name());
	}

}
