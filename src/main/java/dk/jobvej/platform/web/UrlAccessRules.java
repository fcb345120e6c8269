package dk.jobvej.platform.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's rules for which roles may reach its URLs. Each module that has pages or API
 * endpoints declares one bean; the security filter chains apply them all before a request reaches
 * a controller, so a refused caller gets 403 before any request body is read or validated. A URL
 * no rule names is open to any signed-in member of staff.
 */
@FunctionalInterface
public interface UrlAccessRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry urls);

}
