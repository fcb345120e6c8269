package dk.jobvej.rehab.internal;

import java.util.List;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is asking and what they may see. Citizens are opened through the citizen module, which
 * checks need-to-know (own unit, primary contact, break-the-glass) and audits the read; this
 * module's own changes to a citizen's data are audited here, in the same transaction.
 */
@Component
class RehabAccess {

	private final Organisation organisation;

	private final CitizenRegister citizens;

	private final AuditLog audit;

	RehabAccess(Organisation organisation, CitizenRegister citizens, AuditLog audit) {
		this.organisation = organisation;
		this.citizens = citizens;
		this.audit = audit;
	}

	/** The signed-in member of staff, who must work with citizens. */
	StaffMember caller() {
		var staff = organisation.signedIn();
		if (!staff.worksWithCitizens()) {
			throw new AccessDeniedException("Role without access to citizens");
		}
		return staff;
	}

	/** The signed-in team leader. */
	StaffMember leader() {
		var staff = caller();
		if (!staff.has(Role.TEAM_LEADER)) {
			throw new AccessDeniedException("Only team leaders see the unit's lists");
		}
		return staff;
	}

	/** The signed-in member of staff, any role (administrators read rules and settings). */
	StaffMember anyone() {
		return organisation.signedIn();
	}

	/** The citizen, opened (access checked, audited as a read of {@code what}). */
	CitizenFacts open(CitizenId citizen, String what) {
		return citizens.open(citizen, what);
	}

	/**
	 * The citizens of a list the caller may open, in one go, each shown one audited; those that would
	 * need a stated reason are left out.
	 */
	java.util.Map<CitizenId, CitizenFacts> openAll(java.util.Collection<CitizenId> ids, String what) {
		var opened = new java.util.HashMap<CitizenId, CitizenFacts>();
		citizens.openAll(ids, what).forEach(facts -> opened.put(facts.id(), facts));
		return opened;
	}

	/** Records a change of a citizen's data by the caller. */
	void changed(StaffMember staff, AuditAction action, CitizenId citizen, int municipalityCode, String what) {
		audit.record(new AuditRecord(staff.username(), action, "citizen/" + citizen.value(), what, null,
				municipalityCode));
	}

	/** Records a change of something that is not a citizen's data (rules, settings, teams). */
	void changedSetting(StaffMember staff, AuditAction action, String subject, String what, @Nullable String why) {
		audit.record(new AuditRecord(staff.username(), action, subject, what, why, staff.municipalityCode()));
	}

	void recordAll(List<AuditRecord> records) {
		audit.recordAll(records);
	}

	String staffName(@Nullable StaffId id) {
		return id == null ? "" : organisation.staffMember(id).map(StaffMember::name).orElse("");
	}

	String unitName(dk.jobvej.identity.UnitId unit) {
		return organisation.unit(unit).map(dk.jobvej.identity.OrganisationalUnit::name).orElse("");
	}

	/** An active member of staff of the municipality who works with citizens, or a rule violation on the field. */
	StaffMember colleague(StaffId id, int municipalityCode, String field) {
		return organisation.staffMember(id)
			.filter(staff -> staff.municipalityCode() == municipalityCode && staff.worksWithCitizens())
			.orElseThrow(() -> new dk.jobvej.platform.RuleViolation(field, "rehab.caseworker.unknown"));
	}

	CitizenRegister register() {
		return citizens;
	}

}
