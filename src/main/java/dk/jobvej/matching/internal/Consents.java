package dk.jobvej.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's consent to show their name to the companies they are presented to. Given and
 * withdrawn by the citizen on Min side; until then companies see an anonymised profile. The name
 * is kept with the consent (as the citizen gave it), so the employer portal never reads the
 * citizen register; giving and withdrawing are written in the audit trail.
 */
@Service
@Transactional
public class Consents {

	private final JdbcClient jdbc;

	private final CitizenRegister citizens;

	private final AuditLog audit;

	private final Clock clock;

	Consents(JdbcClient jdbc, CitizenRegister citizens, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.audit = audit;
		this.clock = clock;
	}

	/** The consent in force: since when, or empty. */
	@Transactional(readOnly = true)
	public Optional<Instant> givenSince(CitizenId citizen) {
		return jdbc.sql("select given_at from matching.consent where citizen = ? and withdrawn_at is null")
			.param(citizen.value())
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** The citizen, signed in to Min side, consents. */
	public void give(CitizenId citizen) {
		var facts = citizens.ownFacts(citizen);
		jdbc.sql("""
				insert into matching.consent (citizen, name, municipality_code, given_at) values (?, ?, ?, ?)
				on conflict (citizen) do update set name = excluded.name, given_at = excluded.given_at, withdrawn_at = null""")
			.params(citizen.value(), facts.name(), facts.history().municipalityCode(), Timestamp.from(clock.instant()))
			.update();
		record(citizen, facts.history().municipalityCode(), AuditAction.CREATE);
	}

	/** The citizen withdraws the consent: companies see the anonymised profile again. */
	public void withdraw(CitizenId citizen) {
		var facts = citizens.ownFacts(citizen);
		jdbc.sql("update matching.consent set withdrawn_at = ? where citizen = ? and withdrawn_at is null")
			.params(Timestamp.from(clock.instant()), citizen.value())
			.update();
		record(citizen, facts.history().municipalityCode(), AuditAction.CHANGE);
	}

	/** The name a company may see, if the citizen has consented. */
	@Transactional(readOnly = true)
	Optional<String> nameFor(UUID citizen) {
		return jdbc.sql("select name from matching.consent where citizen = ? and withdrawn_at is null")
			.param(citizen)
			.query(String.class)
			.optional();
	}

	private void record(CitizenId citizen, int municipality, AuditAction action) {
		audit.record(new AuditRecord("borger:" + citizen, action, "citizen/" + citizen, "candidate-consent", null,
				municipality));
	}

}
