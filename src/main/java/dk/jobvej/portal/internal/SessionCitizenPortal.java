package dk.jobvej.portal.internal;

import java.util.Optional;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.portal.CitizenPortal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in citizen, from the security context of the request. */
@Component
class SessionCitizenPortal implements CitizenPortal {

	@Override
	public Optional<CitizenId> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInCitizen citizen) {
			return Optional.of(citizen.id());
		}
		return Optional.empty();
	}

	@Override
	public CitizenId signedIn() {
		return current().orElseThrow(() -> new AccessDeniedException("No citizen is signed in"));
	}

}
