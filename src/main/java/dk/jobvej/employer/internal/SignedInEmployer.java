package dk.jobvej.employer.internal;

import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A person from a company signed in to the employer portal. The name Spring Security and the audit
 * trail see is {@code virksomhed:<user id>}, which can never be a member of staff's username.
 */
record SignedInEmployer(UUID user, UUID company, String displayName) implements AuthenticatedPrincipal {

	static final String ROLE = "EMPLOYER";

	@Override
	public String getName() {
		return "virksomhed:" + user;
	}

}
