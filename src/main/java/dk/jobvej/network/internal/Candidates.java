package dk.jobvej.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partner's own candidates. A partner sees only its own (another partner's candidate does not exist
 * for it), and every read of a candidate is audited ({@code network-candidate/<id>}).
 */
@Service
public class Candidates {

	private final JdbcClient jdbc;

	private final Networks networks;

	private final AuditLog audit;

	private final Organisation organisation;

	private final Clock clock;

	Candidates(JdbcClient jdbc, Networks networks, AuditLog audit, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.audit = audit;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Transactional
	public UUID add(UUID network, String name, EducationLevel level, String field, Stage stage, int homeMunicipality) {
		var partner = networks.me(network);
		Texts.check("name", name, "network.validation.control");
		Texts.check("field", field, "network.validation.control");
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.candidate (id, partner, name, education_level, field, stage, home_municipality,
				    created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, partner.id(), name, level.name(), field, stage.name(), homeMunicipality,
					Timestamp.from(clock.instant()))
			.update();
		record(AuditAction.CREATE, id, "network-candidate");
		return id;
	}

	/** The signed-in partner's candidates, each audited as a read. */
	@Transactional
	public List<Candidate> mine(UUID network) {
		var partner = networks.me(network);
		var found = jdbc.sql(SELECT + " where partner = ? order by name limit 1000")
			.param(partner.id())
			.query(Candidates::candidate)
			.list();
		var me = organisation.signedIn();
		audit.recordAll(found.stream()
			.map(candidate -> new AuditRecord(me.username(), AuditAction.READ, subject(candidate.id()),
					"network-candidates", null, me.municipalityCode()))
			.toList());
		return found;
	}

	/** One of the signed-in partner's candidates, audited; another partner's is not found. */
	@Transactional
	public Candidate view(UUID id) {
		var candidate = find(id);
		record(AuditAction.READ, id, "network-candidate");
		return candidate;
	}

	/** One of the signed-in partner's candidates, without auditing (the caller audits what it shows). */
	Candidate find(UUID id) {
		var unit = organisation.signedIn().unit().value();
		return jdbc.sql(SELECT + " where id = ? and partner in (select id from network.partner where unit = ?)")
			.params(id, unit)
			.query(Candidates::candidate)
			.optional()
			.orElseThrow(() -> new NotFound("network.candidate.notFound"));
	}

	private void record(AuditAction action, UUID candidate, String what) {
		var me = organisation.signedIn();
		audit.record(new AuditRecord(me.username(), action, subject(candidate), what, null, me.municipalityCode()));
	}

	static String subject(UUID candidate) {
		return "network-candidate/" + candidate;
	}

	private static final String SELECT = """
			select id, partner, name, education_level, field, stage, home_municipality from network.candidate""";

	private static Candidate candidate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				EducationLevel.valueOf(rs.getString(4)), rs.getString(5), Stage.valueOf(rs.getString(6)), rs.getInt(7));
	}

}
