package dk.jobvej.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * New details for a member of staff.
 *
 * @param name the full name
 * @param email work e-mail, optional
 * @param unit the unit they work in
 * @param roles what they do, at least one
 * @param version the version of the member of staff the change was made from
 */
public record StaffChange(String name, @Nullable String email, UnitId unit, Set<Role> roles, int version) {

	public StaffChange {
		roles = Set.copyOf(roles);
	}

}
