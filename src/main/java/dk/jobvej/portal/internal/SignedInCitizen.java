package dk.jobvej.portal.internal;

import dk.jobvej.citizen.CitizenId;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A citizen signed in to Min side. The name Spring Security and the audit trail see is
 * {@code borger:<id>}, which can never be a member of staff's username.
 */
record SignedInCitizen(CitizenId id, String displayName) implements AuthenticatedPrincipal {

	static final String ROLE = "CITIZEN";

	@Override
	public String getName() {
		return "borger:" + id;
	}

}
