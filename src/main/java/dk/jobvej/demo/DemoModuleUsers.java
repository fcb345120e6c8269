package dk.jobvej.demo;

import java.util.Set;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.springframework.stereotype.Component;

/**
 * The demo users of the rehabilitation and youth modules (password {@code demo}), in the houses
 * those modules serve: {@code rehab} and {@code rehableder} in RessourceCenter Aalborg,
 * {@code sygedagpenge} in Sygedagpengehuset, {@code unge} and {@code ungeleder} in
 * Uddannelseshuset. They come on top of the generated staff, so the caseload tables of the
 * demo module stay as they are. Existing users are kept.
 */
@Component
class DemoModuleUsers {

	private final Administration administration;

	private final Organisation organisation;

	DemoModuleUsers(Administration administration, Organisation organisation) {
		this.administration = administration;
		this.organisation = organisation;
	}

	StaffId ensure(String username, String name, UnitId unit, Role role) {
		return organisation.staffMember(username)
			.map(staff -> staff.id())
			.orElseGet(() -> administration
				.hire(new NewStaffMember(username, name, username + "@aalborg.dk", unit, Set.of(role), "demo")));
	}

}
