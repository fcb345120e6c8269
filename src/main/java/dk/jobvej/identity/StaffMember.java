package dk.jobvej.identity;

import java.util.Set;

/**
 * A member of staff as other modules see them.
 *
 * @param id the member of staff
 * @param username the login name
 * @param name the full name
 * @param unit the unit they work in
 * @param roles what they do
 * @param municipalityCode the municipality of their unit
 */
public record StaffMember(StaffId id, String username, String name, UnitId unit, Set<Role> roles,
		int municipalityCode) {

	public StaffMember {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean worksWithCitizens() {
		return roles.stream().anyMatch(Role::worksWithCitizens);
	}

}
