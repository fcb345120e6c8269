package dk.jobvej.identity.internal;

import dk.jobvej.identity.Role;

import org.springframework.data.relational.core.mapping.Table;

/** One role held by a member of staff. */
@Table(schema = "identity", name = "staff_role")
record StaffRole(Role role) {
}
