package dk.jobvej.contact.internal;

import java.util.Collection;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the contact module's entries in the audit trail, in the caller's transaction: who (a member
 * of staff's username, or {@code borger:<id>} on Min side), what, about whom ({@code citizen/<id>})
 * and why (the conversation or the list it concerns). Reads by staff go through
 * {@code CitizenRegister.open}, which checks need-to-know access and audits the read itself.
 */
@Component
class ContactAudit {

	private final AuditLog log;

	ContactAudit(AuditLog log) {
		this.log = log;
	}

	void record(String actor, AuditAction action, CitizenId citizen, int municipalityCode, String what,
			@Nullable String why) {
		log.record(new AuditRecord(actor, action, subject(citizen), what, why, municipalityCode));
	}

	/** One READ per citizen shown in a list. */
	void readAll(String actor, Collection<CitizenId> citizens, int municipalityCode, String what, String why) {
		if (citizens.isEmpty()) {
			return;
		}
		log.recordAll(citizens.stream()
			.map(citizen -> new AuditRecord(actor, AuditAction.READ, subject(citizen), what, why, municipalityCode))
			.toList());
	}

	static String citizenActor(CitizenId citizen) {
		return "borger:" + citizen;
	}

	private static String subject(CitizenId citizen) {
		return "citizen/" + citizen.value();
	}

}
