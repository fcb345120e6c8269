package dk.jobvej.identity.support;

import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

/**
 * Units and staff with fresh names for tests that share one database. Each test class may take a
 * municipality of its own (codes above 1000 do not exist in Denmark), so that lists it reads
 * contain only what it made.
 */
public final class Fixtures {

	private static final Random RANDOM = new Random();

	private final Administration administration;

	public Fixtures(Administration administration) {
		this.administration = administration;
	}

	/** A municipality code no real municipality and, in all likelihood, no other test uses. */
	public static int freshMunicipality() {
		return 1000 + RANDOM.nextInt(1_000_000_000);
	}

	public static String fresh(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	public static String password() {
		return "Pw-" + UUID.randomUUID();
	}

	public UnitId unit(int municipality) {
		return administration.createUnit(fresh("Enhed "), null, municipality);
	}

	public Person hire(UnitId unit, Role... roles) {
		var username = fresh("u.");
		var password = password();
		var id = administration.hire(new NewStaffMember(username, "Test " + username, username + "@example.dk", unit,
				Set.of(roles), password));
		return new Person(id, username, password, unit);
	}

	/** An administrator in a unit of their own in the municipality. */
	public Person administrator(int municipality) {
		return hire(unit(municipality), Role.ADMINISTRATOR);
	}

	/** A member of staff who can sign in. */
	public record Person(StaffId id, String username, String password, UnitId unit) {
	}

}
