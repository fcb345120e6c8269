package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.platform.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's e-mail address for notifications about their conversations, given by the citizen on
 * Min side or by a caseworker. Jobvej has no other address for citizens yet (Digital Post is not
 * connected), so a citizen without one gets no e-mail: the outbox keeps the notification and tries
 * again, and the conversation page shows it has not gone out.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Notifications {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final JdbcClient jdbc;

	private final Opening opening;

	private final ContactAudit audit;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Opening opening, ContactAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.opening = opening;
		this.audit = audit;
		this.clock = clock;
	}

	/** A caseworker records the citizen's e-mail address. */
	public void address(CitizenId citizen, String email) {
		var me = opening.caller();
		var facts = opening.citizen(citizen, "notification-address");
		saveAddress(jdbc, citizen, facts.history().municipalityCode(), email, me.username(), clock.instant());
		audit.record(me.username(), AuditAction.CHANGE, citizen, facts.history().municipalityCode(),
				"notification-address", null);
	}

	static void saveAddress(JdbcClient jdbc, CitizenId citizen, int municipalityCode, String email, String by,
			Instant now) {
		var address = Texts.required("email", email, Texts.EMAIL);
		if (!EMAIL.matcher(address).matches()) {
			throw new RuleViolation("email", "contact.email.invalid");
		}
		jdbc.sql("""
				insert into contact.notification_address (citizen, municipality_code, email, changed_at, changed_by)
				values (?, ?, ?, ?, ?)
				on conflict (citizen) do update set email = excluded.email, changed_at = excluded.changed_at,
				                                   changed_by = excluded.changed_by""")
			.params(citizen.value(), municipalityCode, address, Timestamp.from(now), by)
			.update();
	}

}
