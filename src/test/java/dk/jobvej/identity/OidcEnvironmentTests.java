package dk.jobvej.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment variables that docs/modules/identity.md tells operators to set for production
 * login through the municipality's identity provider reach the standard Spring properties.
 */
class OidcEnvironmentTests {

	/** Exactly the variables of the production example in docs/modules/identity.md. */
	private static final Map<String, Object> DOCUMENTED = documented();

	@Test
	void theDocumentedVariablesBecomeAClientRegistration() {
		var binder = binder(DOCUMENTED);

		var client = binder.bind("spring.security.oauth2.client", OAuth2ClientProperties.class).get();

		var registration = client.getRegistration().get("kommune");
		assertThat(registration.getClientId()).isEqualTo("jobvej");
		assertThat(registration.getClientSecret()).isEqualTo("hemmelig");
		assertThat(registration.getAuthorizationGrantType()).isEqualTo("authorization_code");
		assertThat(registration.getScope()).isEqualTo(Set.of("openid", "profile"));
		assertThat(client.getProvider().get("kommune").getIssuerUri()).isEqualTo("https://login.aalborg.dk/realms/ansatte");
		assertThat(binder.bind("jobvej.identity.oidc-username-claim", String.class).get()).isEqualTo("preferred_username");
		assertThat(binder.bind("jobvej.identity.max-failed-logins", Integer.class).get()).isEqualTo(5);
		assertThat(binder.bind("server.forward-headers-strategy", String.class).get()).isEqualTo("native");
	}

	private static Binder binder(Map<String, Object> variables) {
		var sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				variables));
		return new Binder(ConfigurationPropertySources.from(sources));
	}

	private static Map<String, Object> documented() {
		var variables = new LinkedHashMap<String, Object>();
		List.of("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_CLIENTID=jobvej",
				"SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_CLIENTSECRET=hemmelig",
				"SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_AUTHORIZATIONGRANTTYPE=authorization_code",
				"SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_SCOPE=openid,profile",
				"SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOMMUNE_ISSUERURI=https://login.aalborg.dk/realms/ansatte",
				"JOBVEJ_IDENTITY_OIDCUSERNAMECLAIM=preferred_username", "JOBVEJ_IDENTITY_MAXFAILEDLOGINS=5",
				"JOBVEJ_IDENTITY_LOCKDURATION=15m", "SERVER_FORWARDHEADERSSTRATEGY=native")
			.forEach(line -> variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
		return variables;
	}

}
