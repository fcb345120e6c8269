package dk.jobvej.identity.internal;

import java.util.Optional;

import dk.jobvej.identity.Administration;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making an administrative change: the signed-in member of staff, or Jobvej itself when
 * no one is signed in (the demo data at start-up). A signed-in administrator reaches only their
 * own municipality.
 */
@Component
class Actor {

	private final StaffMembers staff;

	Actor(StaffMembers staff) {
		this.staff = staff;
	}

	/** The username for the audit trail. */
	String username() {
		return authentication().map(Authentication::getName).orElse(Administration.SYSTEM_ACTOR);
	}

	/** Whether the actor may change things of the municipality. */
	boolean reaches(int municipalityCode) {
		return authentication().map(signedIn -> staff.findByUsername(signedIn.getName())
			.filter(member -> member.municipalityCode() == municipalityCode)
			.isPresent()).orElse(true);
	}

	private static Optional<Authentication> authentication() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication);
	}

}
