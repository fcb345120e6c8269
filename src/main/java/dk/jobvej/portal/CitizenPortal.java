package dk.jobvej.portal;

import java.util.Optional;

import dk.jobvej.citizen.CitizenId;

/** Who is signed in to Min side. */
public interface CitizenPortal {

	/** The citizen behind the current request, if a citizen is signed in. */
	Optional<CitizenId> current();

	/** The citizen behind the current request; access is denied if there is none. */
	CitizenId signedIn();

}
