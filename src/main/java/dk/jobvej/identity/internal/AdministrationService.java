package dk.jobvej.identity.internal;

import java.util.UUID;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AdministrationService implements Administration {

	private final Units units;

	private final StaffMembers staff;

	private final PasswordEncoder passwords;

	AdministrationService(Units units, StaffMembers staff, PasswordEncoder passwords) {
		this.units = units;
		this.staff = staff;
		this.passwords = passwords;
	}

	@Override
	public UnitId createUnit(String name, @Nullable UnitId parent, int municipalityCode) {
		if (parent != null && !units.existsById(parent.value())) {
			throw new RuleViolation("parent", "identity.unit.unknown");
		}
		var id = new UnitId(UUID.randomUUID());
		units.save(Unit.create(id, name, parent, municipalityCode));
		return id;
	}

	@Override
	public StaffId hire(NewStaffMember member) {
		var unit = units.findById(member.unit().value())
			.orElseThrow(() -> new RuleViolation("unit", "identity.unit.unknown"));
		if (member.roles().isEmpty()) {
			throw new RuleViolation("roles", "identity.staff.rolesRequired");
		}
		if (staff.findByUsername(member.username()).isPresent()) {
			throw new RuleViolation("username", "identity.staff.usernameTaken");
		}
		var id = new StaffId(UUID.randomUUID());
		var hash = member.password() == null ? null : passwords.encode(member.password());
		staff.save(Staff.hire(id, member.username(), member.name(), member.email(), member.unit(),
				unit.view().municipalityCode(), member.roles(), hash));
		return id;
	}

}
