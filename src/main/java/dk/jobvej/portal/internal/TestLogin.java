package dk.jobvej.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.Cpr;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The test login of Min side: a citizen signs in with their CPR number and the shared test
 * password. Every failure (switched off, wrong password, not a CPR number, no such citizen) gives
 * the same answer, so the form cannot be used to find out who is a citizen of the jobcenter.
 */
class TestLogin implements AuthenticationProvider {

	private final PortalProperties.TestLogin settings;

	private final CitizenRegister citizens;

	TestLogin(PortalProperties.TestLogin settings, CitizenRegister citizens) {
		this.settings = settings;
		this.citizens = citizens;
	}

	@Override
	public Authentication authenticate(Authentication request) {
		var password = String.valueOf(request.getCredentials());
		if (!settings.enabled() || settings.password().isEmpty() || !same(password, settings.password())) {
			throw new BadCredentialsException("Wrong CPR number or password");
		}
		var facts = Cpr.tryParse(request.getName())
			.flatMap(citizens::forSelfService)
			.orElseThrow(() -> new BadCredentialsException("Wrong CPR number or password"));
		var citizen = new SignedInCitizen(facts.id(), facts.name());
		return UsernamePasswordAuthenticationToken.authenticated(citizen, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + SignedInCitizen.ROLE)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static boolean same(String given, String expected) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}

}
