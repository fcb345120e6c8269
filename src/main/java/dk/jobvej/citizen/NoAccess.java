package dk.jobvej.citizen;

import dk.jobvej.identity.UnitId;

/**
 * The citizen belongs to another unit than the member of staff, who is not their primary contact
 * and holds no break-the-glass grant: access needs a stated reason.
 */
public class NoAccess extends RuntimeException {

	private final CitizenId citizen;

	private final UnitId citizenUnit;

	public NoAccess(CitizenId citizen, UnitId citizenUnit) {
		super("Access to citizen " + citizen + " needs a stated reason");
		this.citizen = citizen;
		this.citizenUnit = citizenUnit;
	}

	public CitizenId citizen() {
		return citizen;
	}

	public UnitId citizenUnit() {
		return citizenUnit;
	}

}
