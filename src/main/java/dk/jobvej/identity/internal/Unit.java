package dk.jobvej.identity.internal;

import java.util.UUID;

import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.UnitId;
import dk.jobvej.identity.VersionedUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** An organisational unit (enhed) as stored. */
@Table(schema = "identity", name = "unit")
class Unit implements Persistable<UUID> {

	@Id
	private final UUID id;

	private String name;

	private @Nullable UUID parent;

	private final int municipalityCode;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Unit(UUID id, String name, @Nullable UUID parent, int municipalityCode, @Nullable Integer version) {
		this.id = id;
		this.name = name;
		this.parent = parent;
		this.municipalityCode = municipalityCode;
		this.version = version;
	}

	static Unit create(UnitId id, String name, @Nullable UnitId parent, int municipalityCode) {
		return new Unit(id.value(), name, parent == null ? null : parent.value(), municipalityCode, null);
	}

	void rename(String newName) {
		this.name = newName;
	}

	void moveUnder(@Nullable UnitId newParent) {
		this.parent = newParent == null ? null : newParent.value();
	}

	/** Whether this unit was changed by someone else since {@code expectedVersion}. */
	boolean changedSince(int expectedVersion) {
		return version == null || version != expectedVersion;
	}

	String name() {
		return name;
	}

	int municipalityCode() {
		return municipalityCode;
	}

	VersionedUnit versioned() {
		return new VersionedUnit(view(), version == null ? 0 : version);
	}

	OrganisationalUnit view() {
		return new OrganisationalUnit(new UnitId(id), name, parent == null ? null : new UnitId(parent),
				municipalityCode);
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

}
