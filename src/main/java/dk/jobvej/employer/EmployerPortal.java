package dk.jobvej.employer;

import java.util.Optional;

/**
 * Who is signed in to the employer portal (virksomhedsportalen): the company the signed-in
 * employer user acts for. Other modules add their pages for employers under
 * {@code /virksomhedsportal/} and ask here whose they are.
 */
public interface EmployerPortal {

	/** The company behind the current request, if an employer is signed in. */
	Optional<CompanyId> current();

	/** The company behind the current request; access is denied if there is none. */
	CompanyId signedIn();

	/** The signed-in person's name. */
	String displayName();

	/** The signed-in employer's name in the audit trail ({@code virksomhed:<user id>}). */
	String username();

}
