package dk.jobvej.identity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the active staff of a unit with their roles in one query; loading the {@link Staff}
 * aggregates would ask for each one's roles separately, which the citizen page and the
 * worklists feel on a unit of a hundred people.
 */
@Component
class StaffDirectory {

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StaffMember> activeStaffOf(UnitId unit) {
		return jdbc.sql("""
				select s.id, s.username, s.name, s.unit, s.municipality_code,
				       array_remove(array_agg(r.role), null) as roles
				from identity.staff s left join identity.staff_role r on r.staff = s.id
				where s.unit = ? and s.active
				group by s.id
				order by s.name""")
			.param(unit.value())
			.query((rs, row) -> new StaffMember(new StaffId(rs.getObject("id", UUID.class)), rs.getString("username"),
					rs.getString("name"), new UnitId(rs.getObject("unit", UUID.class)), roles(rs.getArray("roles")),
					rs.getInt("municipality_code")))
			.list();
	}

	private static Set<Role> roles(Array roles) throws SQLException {
		return Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
	}

}
