package dk.jobvej.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after {@code jobvej.identity.max-failed-logins} failed logins in a row (form
 * login and the API's HTTP Basic alike), for {@code jobvej.identity.lock-duration}; clears the
 * count on success. A locked account is refused even with the right password until the lock runs
 * out or an administrator lifts it.
 */
@Component
class LoginAttempts {

	private final StaffMembers staff;

	private final IdentityProperties properties;

	private final Clock clock;

	LoginAttempts(StaffMembers staff, IdentityProperties properties, Clock clock) {
		this.staff = staff;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		staff.countFailedLogin(event.getAuthentication().getName(), properties.maxFailedLogins(),
				clock.instant().plus(properties.lockDuration()));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		staff.clearFailedLogins(event.getAuthentication().getName());
	}

}
