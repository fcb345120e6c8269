package dk.jobvej.identity.internal;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Form and HTTP Basic login against the staff table; locked or inactive staff cannot sign in. */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffMembers staff;

	private final Clock clock;

	StaffUserDetailsService(StaffMembers staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var member = staff.findByUsername(username)
			.filter(candidate -> candidate.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		return User.withUsername(member.username())
			.password(member.passwordHash())
			.authorities(member.roleSet().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
			.disabled(!member.active())
			.accountLocked(member.lockedAt(clock.instant()))
			.build();
	}

}
