package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences and exemptions (DFDG: fravær og fritagelser) from the contact course: periods of a type
 * from {@code contact.absence_type} (sickness, holiday, maternity leave, the reduced-intensity effort
 * of LAB § 106, the individual exemption of up to 25 % from 1 July 2026 …). A due date inside one
 * moves to the day after it; on a day inside one the citizen is exempt.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Absences {

	private final JdbcClient jdbc;

	private final Opening opening;

	private final ContactAudit audit;

	private final Clock clock;

	Absences(JdbcClient jdbc, Opening opening, ContactAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.opening = opening;
		this.audit = audit;
		this.clock = clock;
	}

	/** The types of absence and exemption, as data. */
	public List<String> types() {
		return jdbc.sql("select code from contact.absence_type order by code").query(String.class).list();
	}

	public UUID register(CitizenId citizen, String type, LocalDate from, @Nullable LocalDate to, @Nullable String note) {
		var me = opening.caller();
		var facts = opening.citizen(citizen, "absence");
		if (!types().contains(type)) {
			throw new RuleViolation("type", "contact.absence.type");
		}
		if (to != null && to.isBefore(from)) {
			throw new RuleViolation("to", "contact.absence.endsBeforeStart");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into contact.absence_period (id, citizen, municipality_code, type, from_date, to_date, note,
				                                    registered_by, registered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, citizen.value(), facts.history().municipalityCode(), type, from, to,
					Texts.optional("note", note, Texts.REASON), me.username(), Timestamp.from(clock.instant()))
			.update();
		audit.record(me.username(), AuditAction.CREATE, citizen, facts.history().municipalityCode(), "absence",
				id.toString());
		return id;
	}

	/** Gives an open absence its last day. */
	public void end(CitizenId citizen, UUID absence, LocalDate to) {
		var me = opening.caller();
		var facts = opening.citizen(citizen, "absence");
		var from = jdbc.sql("select from_date from contact.absence_period where id = ? and citizen = ?")
			.params(absence, citizen.value())
			.query(LocalDate.class)
			.optional()
			.orElseThrow(() -> new NotFound("contact.absence.notFound"));
		if (to.isBefore(from)) {
			throw new RuleViolation("to", "contact.absence.endsBeforeStart");
		}
		jdbc.sql("update contact.absence_period set to_date = ? where id = ?").params(to, absence).update();
		audit.record(me.username(), AuditAction.CHANGE, citizen, facts.history().municipalityCode(), "absence",
				absence.toString());
	}

}
