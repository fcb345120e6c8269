package dk.jobvej.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditEntry;
import dk.jobvej.audit.AuditQuery;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.audit.ChainVerification;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the hash chain under a transaction-scoped advisory lock, so two concurrent writers
 * cannot both link to the same previous entry.
 */
@Service
class ChainedAuditLog implements AuditLog {

	/** The advisory lock key of the audit chain ("AUDIT" in ASCII). */
	private static final long CHAIN_LOCK = 0x4155444954L;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditEntries entries;

	ChainedAuditLog(JdbcClient jdbc, Clock clock, AuditEntries entries) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.entries = entries;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> entries(AuditQuery query) {
		return entries.find(query);
	}

	@Override
	@Transactional
	public void record(AuditRecord record) {
		recordAll(List.of(record));
	}

	@Override
	@Transactional
	public void recordAll(List<AuditRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, row) -> 1).list();
		var previous = jdbc.sql("select hash from audit.entry order by sequence desc limit 1")
			.query(String.class)
			.optional()
			.orElse(ChainHash.GENESIS);
		var at = ChainHash.truncate(clock.instant());
		for (var record : records) {
			var hash = ChainHash.of(at, record, previous);
			jdbc.sql("""
					insert into audit.entry (at, actor, action, subject, what, why, municipality_code, previous_hash, hash)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(Timestamp.from(at), record.actor(), record.action().name(), record.subject(), record.what(),
						record.why(), record.municipalityCode(), previous, hash)
				.update();
			previous = hash;
		}
	}

	@Override
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		var checked = new AtomicLong();
		var expectedPrevious = new AtomicReference<>(ChainHash.GENESIS);
		var broken = new AtomicReference<@Nullable Long>();
		jdbc.sql("select * from audit.entry order by sequence").withFetchSize(1000).query((ResultSet rs) -> {
			if (broken.get() != null) {
				return;
			}
			checked.incrementAndGet();
			var previous = rs.getString("previous_hash");
			var recomputed = ChainHash.of(rs.getTimestamp("at").toInstant(), record(rs), previous);
			if (!previous.equals(expectedPrevious.get()) || !recomputed.equals(rs.getString("hash"))) {
				broken.set(rs.getLong("sequence"));
			}
			expectedPrevious.set(rs.getString("hash"));
		});
		return new ChainVerification(broken.get() == null, checked.get(), broken.get());
	}

	private static AuditRecord record(ResultSet rs) throws SQLException {
		return new AuditRecord(rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("subject"), rs.getString("what"), rs.getString("why"), rs.getInt("municipality_code"));
	}

}
