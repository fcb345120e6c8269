package dk.jobvej.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to hire a member of staff.
 *
 * @param username the login name, unique
 * @param name the full name
 * @param email work e-mail, optional
 * @param unit the unit they work in
 * @param roles what they do, at least one
 * @param password the initial password, or null for staff who sign in through OIDC only
 */
public record NewStaffMember(String username, String name, @Nullable String email, UnitId unit, Set<Role> roles,
		@Nullable String password) {
}
