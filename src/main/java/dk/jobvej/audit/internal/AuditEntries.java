package dk.jobvej.audit.internal;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditEntry;
import dk.jobvej.audit.AuditQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit trail by filter, newest first. */
@Component
class AuditEntries {

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AuditEntry> find(AuditQuery query) {
		var where = new ArrayList<String>();
		var params = new ArrayList<Object>();
		if (query.subject() != null) {
			where.add("subject = ?");
			params.add(query.subject());
		}
		if (query.actor() != null) {
			where.add("actor = ?");
			params.add(query.actor());
		}
		if (query.action() != null) {
			where.add("action = ?");
			params.add(query.action().name());
		}
		if (query.from() != null) {
			where.add("at >= ?");
			params.add(Timestamp.from(query.from().atStartOfDay(COPENHAGEN).toInstant()));
		}
		if (query.to() != null) {
			where.add("at < ?");
			params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(COPENHAGEN).toInstant()));
		}
		var sql = "select * from audit.entry" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by sequence desc limit " + AuditQuery.PAGE_SIZE + " offset "
				+ (long) query.page() * AuditQuery.PAGE_SIZE;
		return jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new AuditEntry(rs.getLong("sequence"), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("subject"),
					rs.getString("what"), rs.getString("why"), rs.getInt("municipality_code"), rs.getString("hash")))
			.list();
	}

}
