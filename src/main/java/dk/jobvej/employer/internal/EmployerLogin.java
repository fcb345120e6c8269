package dk.jobvej.employer.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The employer portal's sign-in: an employer user's username (their e-mail address) and password.
 * Every failure gives the same answer, and an unknown user costs a password check too, so the form
 * tells no one which addresses have an account.
 */
class EmployerLogin implements AuthenticationProvider {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final String dummyHash;

	EmployerLogin(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.dummyHash = passwords.encode("no such employer user");
	}

	private record Account(UUID id, UUID company, String name, String hash, boolean active) {
	}

	@Override
	public Authentication authenticate(Authentication request) {
		var password = String.valueOf(request.getCredentials());
		var account = jdbc.sql("select id, company, name, password_hash, active from employer.employer_user "
				+ "where username = ?")
			.param(request.getName().strip().toLowerCase(java.util.Locale.ROOT))
			.query((rs, n) -> new Account(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getBoolean(5)))
			.optional();
		var matches = passwords.matches(password, account.map(Account::hash).orElse(dummyHash));
		if (account.isEmpty() || !matches || !account.get().active()) {
			throw new BadCredentialsException("Wrong username or password");
		}
		var found = account.get();
		return UsernamePasswordAuthenticationToken.authenticated(
				new SignedInEmployer(found.id(), found.company(), found.name()), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + SignedInEmployer.ROLE)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
