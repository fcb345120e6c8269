package dk.jobvej.cv.internal;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.portal.CitizenPortal;

import org.springframework.stereotype.Component;

/**
 * Makes the {@link Editor} of a change ({@link CvChangeBy}) after checking access: a member of staff must be able to
 * open the citizen (need to know, audited by the citizen module); a citizen edits only their own
 * CV, the one of the Min side session.
 */
@Component
class CvEditors {

	private final CitizenRegister citizens;

	private final Organisation organisation;

	private final CitizenPortal portal;

	CvEditors(CitizenRegister citizens, Organisation organisation, CitizenPortal portal) {
		this.citizens = citizens;
		this.organisation = organisation;
		this.portal = portal;
	}

	/**
	 * The editor of a change, checked in the change's own transaction, so a refused change leaves
	 * no trace, not even the audited read of the access check.
	 */
	Editor resolve(CvChangeBy by) {
		var citizen = by.staffFor();
		return citizen == null ? self() : staff(citizen);
	}

	/** The signed-in member of staff, for the citizen; refused (NoAccess) without need to know. */
	private Editor staff(CitizenId citizen) {
		var facts = citizens.open(citizen, "cv-change");
		return new Editor(citizen, facts.history().municipalityCode(), organisation.signedIn().username(), false);
	}

	/** The citizen signed in to Min side. */
	private Editor self() {
		var citizen = portal.signedIn();
		var facts = citizens.ownFacts(citizen);
		return new Editor(citizen, facts.history().municipalityCode(), "borger:" + citizen, true);
	}

}
