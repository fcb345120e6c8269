package dk.jobvej.citizen.internal;

import java.time.Clock;
import java.util.Optional;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Need-to-know access to citizens. A member of staff who works with citizens may open a citizen
 * of their own municipality when the citizen belongs to their unit, when they are the citizen's
 * primary contact, or while a break-the-glass grant of theirs is in force. Citizens of other
 * municipalities do not exist for them. Administrators and auditors never see citizens' data.
 */
@Component
class CitizenGate {

	static final String OWN_UNIT = "access:own-unit";

	static final String PRIMARY_CONTACT = "access:primary-contact";

	static final String BREAK_THE_GLASS = "access:break-the-glass:";

	private final Citizens citizens;

	private final AccessGrants grants;

	private final Organisation organisation;

	private final CitizenAudit audit;

	private final Clock clock;

	CitizenGate(Citizens citizens, AccessGrants grants, Organisation organisation, CitizenAudit audit, Clock clock) {
		this.citizens = citizens;
		this.grants = grants;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in member of staff, who must work with citizens. */
	StaffMember caller() {
		var staff = organisation.signedIn();
		if (!staff.worksWithCitizens()) {
			throw new AccessDeniedException("Role without access to citizens");
		}
		return staff;
	}

	/** The citizen, opened by the caller; refused with {@link NoAccess} (audited) when a reason is needed. */
	Opened open(CitizenId id) {
		var staff = caller();
		var citizen = find(staff, id);
		var why = basis(staff, id, citizen.unit(), citizen.primaryContact().orElse(null));
		if (why.isEmpty()) {
			audit.record(staff, AuditAction.ACCESS_DENIED, id, citizen.municipalityCode(), "citizen", null);
			throw new NoAccess(id, citizen.unit());
		}
		return new Opened(citizen, staff, why.get());
	}

	/** The citizen of the caller's municipality, whether or not the caller may open it. */
	Citizen find(StaffMember staff, CitizenId id) {
		return citizens.findById(id.value())
			.filter(citizen -> citizen.municipalityCode() == staff.municipalityCode())
			.orElseThrow(() -> new NotFound("citizen.notFound"));
	}

	/** Why the member of staff may see the citizen (written in the audit trail), or empty if they may not. */
	Optional<String> basis(StaffMember staff, CitizenId citizen, UnitId unit, @Nullable StaffId primaryContact) {
		if (staff.unit().equals(unit)) {
			return Optional.of(OWN_UNIT);
		}
		if (staff.id().equals(primaryContact)) {
			return Optional.of(PRIMARY_CONTACT);
		}
		return grants.findActive(staff.id().value(), citizen.value(), clock.instant())
			.map(grant -> BREAK_THE_GLASS + grant.id());
	}

	/** A citizen opened by a member of staff, and the basis of their access. */
	record Opened(Citizen citizen, StaffMember staff, String why) {
	}

}
