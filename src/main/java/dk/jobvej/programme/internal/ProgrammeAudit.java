package dk.jobvej.programme.internal;

import java.util.Collection;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.Organisation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audits the lists that name citizens (the selection, the grant ledger): one READ entry per citizen. */
@Component
public class ProgrammeAudit {

	private final AuditLog audit;

	private final Organisation organisation;

	ProgrammeAudit(AuditLog audit, Organisation organisation) {
		this.audit = audit;
		this.organisation = organisation;
	}

	@Transactional
	public void read(Collection<UUID> citizens, String what) {
		var me = organisation.signedIn();
		audit.recordAll(citizens.stream()
			.map(citizen -> new AuditRecord(me.username(), AuditAction.READ, "citizen/" + citizen, what, null,
					me.municipalityCode()))
			.toList());
	}

}
