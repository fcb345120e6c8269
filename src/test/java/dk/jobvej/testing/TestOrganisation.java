package dk.jobvej.testing;

import java.util.Set;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

/**
 * Makes units and staff with fresh names through the identity module's API, so tests never meet
 * each other's data. Units are in Aalborg unless a test names another municipality.
 */
public final class TestOrganisation {

	public static final int AALBORG = 851;

	private static final String PASSWORD = "test-password-1";

	private final Administration administration;

	public TestOrganisation(Administration administration) {
		this.administration = administration;
	}

	/** A unit in Aalborg whose name starts with the given words. */
	public UnitId unit(String name) {
		return unit(name, AALBORG);
	}

	/** A unit in the municipality whose name starts with the given words. */
	public UnitId unit(String name, int municipalityCode) {
		return administration.createUnit(Fresh.name(name + " "), null, municipalityCode);
	}

	/** A unit in the municipality, named "Enhed …". */
	public UnitId unit(int municipalityCode) {
		return unit("Enhed", municipalityCode);
	}

	/** A member of staff of the unit with the roles, who signs in with {@link Staff#password()}. */
	public Staff hire(UnitId unit, Role... roles) {
		var username = Fresh.name("t-");
		var id = administration.hire(new NewStaffMember(username, "Medarbejder " + username, username + "@example.dk",
				unit, Set.of(roles), PASSWORD));
		return new Staff(id, username, PASSWORD, unit);
	}

	/** An administrator in a unit of their own in the municipality. */
	public Staff administrator(int municipalityCode) {
		return hire(unit(municipalityCode), Role.ADMINISTRATOR);
	}

	/** A member of staff made for a test, with the password they sign in with. */
	public record Staff(StaffId id, String username, String password, UnitId unit) {
	}

}
