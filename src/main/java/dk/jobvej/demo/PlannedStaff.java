package dk.jobvej.demo;

import dk.jobvej.identity.Role;

/** A generated member of staff to hire (no password: demo staff other than the named users cannot sign in). */
record PlannedStaff(String username, String name, House house, Role role) {
}
