package dk.jobvej.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.employer.Cvr;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Match openings, shared by the network's partners: a partner opens one after a dialog with a company; it is
 * offered first to the partner that opened it, and passes along the relay until a partner takes it; the
 * partner that took it matches one of its own candidates.
 */
@Service
public class Openings {

	private final JdbcClient jdbc;

	private final Networks networks;

	private final Candidates candidates;

	private final AuditLog audit;

	private final Organisation organisation;

	private final Clock clock;

	Openings(JdbcClient jdbc, Networks networks, Candidates candidates, AuditLog audit, Organisation organisation,
			Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.candidates = candidates;
		this.audit = audit;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Transactional
	public UUID open(UUID networkId, NewOpening opening) {
		var partner = networks.me(networkId);
		Texts.check("companyName", opening.companyName(), "network.validation.control");
		Texts.check("dialog", opening.dialog(), "network.validation.control");
		Texts.check("description", opening.description(), "network.validation.control");
		if (!Cvr.valid(opening.cvr())) {
			throw new RuleViolation("cvr", "network.cvr.invalid");
		}
		if (!networks.municipalities(networkId).containsKey(opening.companyMunicipality())) {
			throw new RuleViolation("companyMunicipality", "network.municipality.notCovered");
		}
		if (opening.jobContent().isEmpty()) {
			throw new RuleViolation("jobContent", "network.validation.required");
		}
		var id = UUID.randomUUID();
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into network.opening (id, network, company_name, cvr, company_municipality, dialog, job_content,
				    description, kind, status, offered_to, offered_at, opened_by, opened_at)
				values (?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, 'OPEN', ?, ?, ?, ?)""")
			.params(id, networkId, opening.companyName(), opening.cvr(), opening.companyMunicipality(), opening.dialog(),
					opening.jobContent().stream().map(Enum::name).toArray(String[]::new), opening.description(),
					opening.kind().name(), partner.id(), now, organisation.signedIn().username(), now)
			.update();
		return id;
	}

	/** The network's openings, open ones first, with who holds each now. */
	public List<Opening> list(UUID networkId) {
		networks.me(networkId);
		var network = networks.byId(networkId);
		var order = networks.partners(networkId).stream().map(Partner::id).toList();
		return jdbc.sql(SELECT + " where network = ? order by status <> 'OPEN', opened_at desc limit 500")
			.param(networkId)
			.query((rs, n) -> opening(rs, order, network.takeWithinDays(), clock.instant()))
			.list();
	}

	/** The partner holding an open opening takes it. */
	@Transactional
	public void take(UUID id) {
		var opening = find(id);
		var partner = networks.me(opening.network());
		if (opening.status() != OpeningStatus.OPEN) {
			throw new RuleViolation("status", "network.opening.notOpen");
		}
		if (!partner.id().equals(opening.holder())) {
			throw new RuleViolation("holder", "network.opening.notYours");
		}
		jdbc.sql("update network.opening set status = 'TAKEN', taken_by = ?, version = version + 1 where id = ? "
				+ "and status = 'OPEN'").params(partner.id(), id).update();
	}

	/** The partner holding an open opening passes it to the next partner now. */
	@Transactional
	public void pass(UUID id) {
		var opening = find(id);
		var partner = networks.me(opening.network());
		if (opening.status() != OpeningStatus.OPEN) {
			throw new RuleViolation("status", "network.opening.notOpen");
		}
		if (!partner.id().equals(opening.holder())) {
			throw new RuleViolation("holder", "network.opening.notYours");
		}
		var order = networks.partners(opening.network());
		var next = order.get((order.indexOf(partner) + 1) % order.size());
		jdbc.sql("update network.opening set offered_to = ?, offered_at = ?, version = version + 1 where id = ?")
			.params(next.id(), Timestamp.from(clock.instant()), id)
			.update();
	}

	/** The partner that took the opening matches one of its own candidates. */
	@Transactional
	public UUID match(UUID id, UUID candidateId, LocalDate on) {
		var opening = find(id);
		var partner = networks.me(opening.network());
		if (opening.status() != OpeningStatus.TAKEN || !partner.id().equals(opening.takenBy())) {
			throw new RuleViolation("status", "network.opening.notTakenByYou");
		}
		var candidate = candidates.find(candidateId);
		if (on.isAfter(LocalDate.now(clock)) || on.isBefore(LocalDate.ofInstant(opening.openedAt(), clock.getZone()))) {
			throw new RuleViolation("matchedOn", "network.match.date");
		}
		var match = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into network.match (id, network, partner, opening, candidate, kind, company_municipality,
					    matched_on, registered_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(match, opening.network(), partner.id(), id, candidate.id(), opening.kind().name(),
						opening.companyMunicipality(), on, organisation.signedIn().username())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("status", "network.opening.notTakenByYou");
		}
		jdbc.sql("update network.opening set status = 'MATCHED', version = version + 1 where id = ?").param(id).update();
		var me = organisation.signedIn();
		audit.record(new AuditRecord(me.username(), AuditAction.CHANGE, Candidates.subject(candidate.id()),
				"network-match", null, me.municipalityCode()));
		return match;
	}

	private Opening find(UUID id) {
		var networkId = jdbc.sql("select network from network.opening where id = ?").param(id).query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("network.opening.notFound"));
		var network = networks.byId(networkId);
		if (networks.mine(networkId).isEmpty()) {
			throw new NotFound("network.opening.notFound");
		}
		var order = networks.partners(networkId).stream().map(Partner::id).toList();
		return jdbc.sql(SELECT + " where id = ?")
			.param(id)
			.query((rs, n) -> opening(rs, order, network.takeWithinDays(), clock.instant()))
			.single();
	}

	private static final String SELECT = """
			select id, network, company_name, cvr, company_municipality, dialog, job_content, description, kind, status,
			    offered_to, offered_at, taken_by, opened_at
			from network.opening""";

	private static Opening opening(ResultSet rs, List<UUID> order, int takeWithinDays, Instant now) throws SQLException {
		var status = OpeningStatus.valueOf(rs.getString(10));
		var content = Arrays.stream((Object[]) rs.getArray(7).getArray()).map(value -> JobContent.valueOf((String) value))
			.toList();
		UUID holder = null;
		Instant passesAt = null;
		if (status == OpeningStatus.OPEN) {
			var ball = Relay.holder(order, rs.getObject(11, UUID.class), rs.getTimestamp(12).toInstant(), takeWithinDays,
					now);
			holder = ball.partner();
			passesAt = ball.until();
		}
		return new Opening(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getInt(5), rs.getString(6), content, rs.getString(8), MatchKind.valueOf(rs.getString(9)), status, holder,
				passesAt, rs.getObject(13, UUID.class), rs.getTimestamp(14).toInstant());
	}

}
