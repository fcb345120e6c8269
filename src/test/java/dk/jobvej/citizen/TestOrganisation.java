package dk.jobvej.citizen;

import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

/** Makes units and staff with fresh names, so tests never meet each other's data. */
public final class TestOrganisation {

	public static final int AALBORG = 851;

	public static final String PASSWORD = "test-password-1";

	private final Administration administration;

	public TestOrganisation(Administration administration) {
		this.administration = administration;
	}

	public UnitId unit(String prefix) {
		return unit(prefix, AALBORG);
	}

	public UnitId unit(String prefix, int municipalityCode) {
		return administration.createUnit(prefix + " " + UUID.randomUUID(), null, municipalityCode);
	}

	public Staff hire(UnitId unit, Role... roles) {
		var username = "t-" + UUID.randomUUID().toString().substring(0, 13);
		var id = administration.hire(new NewStaffMember(username, "Medarbejder " + username, null, unit,
				Set.of(roles), PASSWORD));
		return new Staff(id, username, unit);
	}

	/** A member of staff made for a test. */
	public record Staff(StaffId id, String username, UnitId unit) {
	}

}
