package dk.jobvej.citizen.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Break-the-glass: a member of staff stated why they need to see a citizen outside their own
 * unit, and got access for a limited time. Grants are kept for the leader of the citizen's unit.
 */
@Table(schema = "citizen", name = "access_grant")
class AccessGrant implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final UUID staff;

	private final UUID citizen;

	private final UUID citizenUnit;

	private final String reason;

	private final Instant grantedAt;

	private final Instant expiresAt;

	private final int municipalityCode;

	@Transient
	private final boolean isNew;

	@PersistenceCreator
	AccessGrant(UUID id, UUID staff, UUID citizen, UUID citizenUnit, String reason, Instant grantedAt,
			Instant expiresAt, int municipalityCode) {
		this(id, staff, citizen, citizenUnit, reason, grantedAt, expiresAt, municipalityCode, false);
	}

	private AccessGrant(UUID id, UUID staff, UUID citizen, UUID citizenUnit, String reason, Instant grantedAt,
			Instant expiresAt, int municipalityCode, boolean isNew) {
		this.id = id;
		this.staff = staff;
		this.citizen = citizen;
		this.citizenUnit = citizenUnit;
		this.reason = reason;
		this.grantedAt = grantedAt;
		this.expiresAt = expiresAt;
		this.municipalityCode = municipalityCode;
		this.isNew = isNew;
	}

	/** Grants access for {@code duration} from {@code now}; the reason is required. */
	static AccessGrant grant(StaffId staff, CitizenId citizen, UnitId citizenUnit, String reason, Instant now,
			Duration duration, int municipalityCode) {
		return new AccessGrant(UUID.randomUUID(), staff.value(), citizen.value(), citizenUnit.value(),
				Texts.required("reason", reason, Texts.REASON), now, now.plus(duration), municipalityCode, true);
	}

	boolean activeAt(Instant now) {
		return now.isBefore(expiresAt);
	}

	UUID id() {
		return id;
	}

	String reason() {
		return reason;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

}
