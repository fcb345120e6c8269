package dk.jobvej.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffAccount;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of staff (medarbejder) with their login, unit and roles. Failed logins and lock-outs
 * are counted by {@link StaffMembers#countFailedLogin} straight in the table, so that they
 * neither race with each other nor bump the version an administrator edits from.
 */
@Table(schema = "identity", name = "staff")
class Staff implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final String username;

	private String name;

	private @Nullable String email;

	private UUID unit;

	private int municipalityCode;

	private @Nullable String passwordHash;

	private boolean active;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	@MappedCollection(idColumn = "staff")
	private Set<StaffRole> roles;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Staff(UUID id, String username, String name, @Nullable String email, UUID unit, int municipalityCode,
			@Nullable String passwordHash, boolean active, int failedLogins, @Nullable Instant lockedUntil,
			Set<StaffRole> roles, @Nullable Integer version) {
		this.id = id;
		this.username = username;
		this.name = name;
		this.email = email;
		this.unit = unit;
		this.municipalityCode = municipalityCode;
		this.passwordHash = passwordHash;
		this.active = active;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.roles = roles;
		this.version = version;
	}

	static Staff hire(StaffId id, String username, String name, @Nullable String email, UnitId unit,
			int municipalityCode, Set<Role> roles, @Nullable String passwordHash) {
		return new Staff(id.value(), username, name, email, unit.value(), municipalityCode, passwordHash, true, 0,
				null, grants(roles), null);
	}

	/** Gives the member of staff new details; the roles replace the old ones. */
	void assign(String newName, @Nullable String newEmail, UnitId newUnit, int newMunicipalityCode,
			Set<Role> newRoles) {
		this.name = newName;
		this.email = newEmail;
		this.unit = newUnit.value();
		this.municipalityCode = newMunicipalityCode;
		this.roles = grants(newRoles);
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	/** Lifts a lock-out and forgets earlier failed logins. */
	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/** Whether a lock-out after too many failed logins is in force at {@code now}. */
	boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/** Whether this member of staff was changed by someone else since {@code expectedVersion}. */
	boolean changedSince(int expectedVersion) {
		return version == null || version != expectedVersion;
	}

	StaffMember view() {
		return new StaffMember(new StaffId(id), username, name, new UnitId(unit), roleSet(), municipalityCode);
	}

	StaffAccount account() {
		return new StaffAccount(view(), email, active, lockedUntil, passwordHash != null, version == null ? 0 : version);
	}

	Set<Role> roleSet() {
		return roles.stream().map(StaffRole::role).collect(Collectors.toUnmodifiableSet());
	}

	String username() {
		return username;
	}

	String name() {
		return name;
	}

	@Nullable String email() {
		return email;
	}

	@Nullable String passwordHash() {
		return passwordHash;
	}

	boolean active() {
		return active;
	}

	int failedLogins() {
		return failedLogins;
	}

	UnitId unit() {
		return new UnitId(unit);
	}

	int municipalityCode() {
		return municipalityCode;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

	private static Set<StaffRole> grants(Set<Role> roles) {
		return roles.stream().map(StaffRole::new).collect(Collectors.toSet());
	}

}
