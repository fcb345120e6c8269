package dk.jobvej.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account after repeated failed logins, and clears the count on success. */
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
		staff.findByUsername(event.getAuthentication().getName()).ifPresent(member -> {
			member.loginFailed(clock.instant(), properties.maxFailedLogins(), properties.lockDuration());
			staff.save(member);
		});
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		staff.findByUsername(event.getAuthentication().getName())
			.filter(member -> member.failedLogins() > 0)
			.ifPresent(member -> {
				member.loginSucceeded();
				staff.save(member);
			});
	}

}
