package dk.jobvej.demo;

import dk.jobvej.identity.Role;

import org.jspecify.annotations.Nullable;

/**
 * A demo user who can sign in with password {@code demo}.
 *
 * @param house their house, or null for Job- og Uddannelsesafdelingen itself
 */
record NamedUser(String username, String name, @Nullable House house, Role role) {
}
