package dk.jobvej.employer.internal;

import java.util.Optional;

import dk.jobvej.employer.CompanyId;
import dk.jobvej.employer.EmployerPortal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in employer user, from the security context of the request. */
@Component
class SessionEmployerPortal implements EmployerPortal {

	@Override
	public Optional<CompanyId> current() {
		return employer().map(employer -> new CompanyId(employer.company()));
	}

	@Override
	public CompanyId signedIn() {
		return current().orElseThrow(() -> new AccessDeniedException("No employer is signed in"));
	}

	@Override
	public String username() {
		return employer().map(SignedInEmployer::getName)
			.orElseThrow(() -> new AccessDeniedException("No employer is signed in"));
	}

	@Override
	public String displayName() {
		return employer().map(SignedInEmployer::displayName).orElse("");
	}

	private static Optional<SignedInEmployer> employer() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInEmployer employer) {
			return Optional.of(employer);
		}
		return Optional.empty();
	}

}
