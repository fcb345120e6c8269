package dk.jobvej.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffAccount;
import dk.jobvej.identity.StaffChange;
import dk.jobvej.identity.StaffChanged;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hires and changes staff. Every change is audited as {@code staff/<id>} and announced as
 * {@link StaffChanged}; an administrator cannot deactivate themselves or take away their own
 * administrator role, so that a municipality is never left without one by accident.
 */
@Component
class StaffAdministration {

	private final StaffMembers staff;

	private final Units units;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Actor actor;

	StaffAdministration(StaffMembers staff, Units units, PasswordEncoder passwords, AuditLog audit,
			ApplicationEventPublisher events, Actor actor) {
		this.staff = staff;
		this.units = units;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.actor = actor;
	}

	StaffId hire(NewStaffMember member) {
		var username = Texts.username(member.username());
		var name = Texts.plain("name", member.name(), Texts.MAX_NAME);
		var email = Texts.email(member.email());
		var municipalityCode = reachableUnit(member.unit());
		requireRoles(member.roles());
		if (staff.findByUsername(username).isPresent()) {
			throw new RuleViolation("username", "identity.staff.usernameTaken");
		}
		var password = member.password();
		var hash = password == null ? null : passwords.encode(Texts.password(password, 1));
		var id = new StaffId(UUID.randomUUID());
		var hired = Staff.hire(id, username, name, email, member.unit(), municipalityCode, member.roles(), hash);
		try {
			staff.save(hired);
		}
		catch (DataAccessException ex) {
			throw DuplicateKeys.asRuleViolation(ex, "username", "identity.staff.usernameTaken");
		}
		announce(hired, AuditAction.CREATE, "staff");
		return id;
	}

	void change(StaffId id, StaffChange change) {
		var member = reachable(id);
		if (member.changedSince(change.version())) {
			throw new OptimisticLockingFailureException("Staff " + id + " changed since version " + change.version());
		}
		var name = Texts.plain("name", change.name(), Texts.MAX_NAME);
		var email = Texts.email(change.email());
		var municipalityCode = reachableUnit(change.unit());
		requireRoles(change.roles());
		if (isActor(member) && !change.roles().contains(Role.ADMINISTRATOR)) {
			throw new RuleViolation("roles", "identity.staff.keepOwnAdministrator");
		}
		var changed = new ArrayList<String>();
		addIf(changed, "name", !name.equals(member.name()));
		addIf(changed, "email", !Objects.equals(email, member.email()));
		addIf(changed, "unit", !change.unit().equals(member.unit()));
		addIf(changed, "roles", !change.roles().equals(member.roleSet()));
		if (!changed.isEmpty()) {
			member.assign(name, email, change.unit(), municipalityCode, change.roles());
			staff.save(member);
			announce(member, AuditAction.CHANGE, "staff:" + String.join(",", changed));
		}
	}

	void deactivate(StaffId id) {
		var member = reachable(id);
		if (isActor(member)) {
			throw new RuleViolation("active", "identity.staff.keepSelfActive");
		}
		if (member.active()) {
			apply(member, Staff::deactivate, "staff:deactivated");
		}
	}

	void activate(StaffId id) {
		var member = reachable(id);
		if (!member.active()) {
			apply(member, Staff::activate, "staff:activated");
		}
	}

	void resetPassword(StaffId id, String password) {
		var member = reachable(id);
		var hash = passwords.encode(Texts.password(password, Administration.MINIMUM_PASSWORD_LENGTH));
		apply(member, it -> it.changePassword(hash), "staff:password");
	}

	void unlock(StaffId id) {
		apply(reachable(id), Staff::unlock, "staff:unlocked");
	}

	List<StaffAccount> accounts(int municipalityCode, @Nullable UnitId unit, @Nullable Role role) {
		if (!actor.reaches(municipalityCode)) {
			return List.of();
		}
		return staff.findByMunicipalityCodeOrderByName(municipalityCode)
			.stream()
			.filter(member -> unit == null || member.unit().equals(unit))
			.filter(member -> role == null || member.roleSet().contains(role))
			.map(Staff::account)
			.toList();
	}

	Optional<StaffAccount> account(StaffId id) {
		return staff.findById(id.value()).filter(member -> actor.reaches(member.municipalityCode())).map(Staff::account);
	}

	private Staff reachable(StaffId id) {
		return staff.findById(id.value())
			.filter(member -> actor.reaches(member.municipalityCode()))
			.orElseThrow(() -> new NotFound("identity.staff.notFound"));
	}

	/** The municipality of a unit the actor may place staff in. */
	private int reachableUnit(UnitId unit) {
		return units.findById(unit.value())
			.map(Unit::municipalityCode)
			.filter(actor::reaches)
			.orElseThrow(() -> new RuleViolation("unit", "identity.unit.unknown"));
	}

	private static void requireRoles(Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new RuleViolation("roles", "identity.staff.rolesRequired");
		}
	}

	private boolean isActor(Staff member) {
		return member.username().equals(actor.username());
	}

	private void apply(Staff member, Consumer<Staff> change, String what) {
		change.accept(member);
		staff.save(member);
		announce(member, AuditAction.CHANGE, what);
	}

	private void announce(Staff member, AuditAction action, String what) {
		audit.record(new AuditRecord(actor.username(), action, "staff/" + member.getId(), what, null,
				member.municipalityCode()));
		events.publishEvent(new StaffChanged(new StaffId(member.getId()), member.municipalityCode(), member.active()));
	}

	private static void addIf(List<String> changed, String field, boolean condition) {
		if (condition) {
			changed.add(field);
		}
	}

}
