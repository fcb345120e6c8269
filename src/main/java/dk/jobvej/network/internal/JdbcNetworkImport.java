package dk.jobvej.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.identity.UnitId;
import dk.jobvej.network.NetworkImport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link NetworkImport} by plain inserts; matches in one batch. */
@Component
class JdbcNetworkImport implements NetworkImport {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	JdbcNetworkImport(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UUID network(String name, LocalDate periodFrom, LocalDate periodTo, int targetMatches, int homeMunicipality,
			int homeSharePercent, int takeWithinDays, Map<Integer, String> municipalities) {
		var existing = jdbc.sql("select id from network.network where name = ?").param(name).query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.network (id, name, period_from, period_to, target_matches, home_municipality,
				    home_share_percent, take_within_days, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, name, periodFrom, periodTo, targetMatches, homeMunicipality, homeSharePercent, takeWithinDays,
					Timestamp.from(clock.instant()))
			.update();
		municipalities.forEach((code, municipality) -> jdbc
			.sql("insert into network.municipality (network, code, name) values (?, ?, ?)")
			.params(id, code, municipality)
			.update());
		return id;
	}

	@Override
	@Transactional
	public UUID partner(UUID network, String code, String name, String pool, UnitId unit, int relayOrder,
			int targetMatches) {
		var existing = jdbc.sql("select id from network.partner where network = ? and code = ?").params(network, code)
			.query(UUID.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.partner (id, network, code, name, pool, unit, relay_order, target_matches)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, network, code, name, pool, unit.value(), relayOrder, targetMatches)
			.update();
		return id;
	}

	@Override
	@Transactional
	public void matches(UUID network, List<Match> matches) {
		template.batchUpdate("""
				insert into network.match (id, network, partner, kind, company_municipality, matched_on, registered_by)
				values (?, ?, ?, ?, ?, ?, 'import')""", matches, 1000, (statement, match) -> {
			statement.setObject(1, UUID.randomUUID());
			statement.setObject(2, network);
			statement.setObject(3, match.partner());
			statement.setString(4, MatchKind.valueOf(match.kind()).name());
			statement.setInt(5, match.companyMunicipality());
			statement.setObject(6, match.on());
		});
	}

	@Override
	@Transactional
	public UUID candidate(UUID partner, String name, String level, String field, String stage, int homeMunicipality) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.candidate (id, partner, name, education_level, field, stage, home_municipality,
				    created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, partner, name, EducationLevel.valueOf(level).name(), field, Stage.valueOf(stage).name(),
					homeMunicipality, Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	@Override
	@Transactional
	public UUID opening(UUID network, UUID offeredTo, String companyName, String cvr, int companyMunicipality,
			String dialog, List<String> jobContent, String description, String kind, java.time.Instant offeredAt) {
		var id = UUID.randomUUID();
		var at = Timestamp.from(offeredAt);
		jdbc.sql("""
				insert into network.opening (id, network, company_name, cvr, company_municipality, dialog, job_content,
				    description, kind, status, offered_to, offered_at, opened_by, opened_at)
				values (?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, 'OPEN', ?, ?, 'import', ?)""")
			.params(id, network, companyName, cvr, companyMunicipality, dialog,
					jobContent.stream().map(content -> JobContent.valueOf(content).name()).toArray(String[]::new),
					description, MatchKind.valueOf(kind).name(), offeredTo, at, at)
			.update();
		return id;
	}

	@Override
	public int matchCount(UUID network) {
		return jdbc.sql("select count(*) from network.match where network = ?").param(network).query(Integer.class)
			.single();
	}

}
