package dk.jobvej.demo;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;

import org.springframework.stereotype.Component;

/**
 * Hires the generated staff through {@link Administration#hire}, without passwords (hashing
 * thousands of bcrypt passwords would take minutes, and nobody signs in as them). Staff whose
 * username already exists are kept, so an interrupted run can be repeated.
 */
@Component
class DemoStaff {

	private final Administration administration;

	private final Organisation organisation;

	DemoStaff(Administration administration, Organisation organisation) {
		this.administration = administration;
		this.organisation = organisation;
	}

	/**
	 * Hires the planned staff who are not there yet.
	 * @return the number hired
	 */
	int hire(DemoUnits units, List<PlannedStaff> plan) {
		var existing = new HashSet<String>();
		units.houses().values().forEach(unit -> organisation.staffOf(unit).forEach(s -> existing.add(s.username())));
		var hired = 0;
		for (var staff : plan) {
			if (!existing.contains(staff.username())) {
				administration.hire(new NewStaffMember(staff.username(), staff.name(), null, units.of(staff.house()),
						Set.of(staff.role()), null));
				hired++;
			}
		}
		return hired;
	}

	/** Each house's caseworkers, ordered by username. */
	Map<House, List<StaffId>> caseworkers(DemoUnits units) {
		var caseworkers = new EnumMap<House, List<StaffId>>(House.class);
		for (var house : House.values()) {
			caseworkers.put(house, organisation.staffOf(units.of(house))
				.stream()
				.filter(s -> s.has(Role.CASEWORKER))
				.sorted(Comparator.comparing(StaffMember::username))
				.map(StaffMember::id)
				.toList());
		}
		return caseworkers;
	}

}
