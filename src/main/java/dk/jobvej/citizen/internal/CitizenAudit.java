package dk.jobvej.citizen.internal;

import java.util.List;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffMember;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the citizen module's entries in the audit trail: who (the member of staff), what
 * (which data or operation), why (the basis of access or the stated reason), about whom
 * ({@code citizen/<id>}, never the CPR number).
 */
@Component
class CitizenAudit {

	private final AuditLog log;

	CitizenAudit(AuditLog log) {
		this.log = log;
	}

	void record(StaffMember staff, AuditAction action, CitizenId citizen, int municipalityCode, String what,
			@Nullable String why) {
		log.record(entry(staff, action, citizen, municipalityCode, what, why));
	}

	/** One READ entry per citizen shown in a list (of the staff member's municipality). */
	void readAll(StaffMember staff, List<CitizenId> shown, String what, String why) {
		log.recordAll(shown.stream()
			.map(citizen -> entry(staff, AuditAction.READ, citizen, staff.municipalityCode(), what, why))
			.toList());
	}

	static String subject(CitizenId citizen) {
		return "citizen/" + citizen.value();
	}

	private static AuditRecord entry(StaffMember staff, AuditAction action, CitizenId citizen, int municipalityCode,
			String what, @Nullable String why) {
		return new AuditRecord(staff.username(), action, subject(citizen), what, why, municipalityCode);
	}

}
