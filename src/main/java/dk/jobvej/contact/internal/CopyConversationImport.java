package dk.jobvej.contact.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.contact.ConversationImport;
import dk.jobvej.contact.ImportedConversation;
import dk.jobvej.contact.ImportedSlot;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of conversations through PostgreSQL COPY on the connection of the surrounding
 * transaction: the batch marker and the conversations commit together or not at all, and a batch
 * imported before is skipped. Booked conversations must respect the no-double-booking constraints
 * like any other. One audit entry per municipality; no events, no notifications.
 */
@Service
class CopyConversationImport implements ConversationImport {

	static final String IMPORT_ACTOR = "system:conversation-import";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final LatestHeld latestHeld;

	private final Clock clock;

	CopyConversationImport(DataSource dataSource, JdbcClient jdbc, AuditLog audit, LatestHeld latestHeld, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.audit = audit;
		this.latestHeld = latestHeld;
		this.clock = clock;
	}

	@Override
	@Transactional
	public int importBatch(String batchId, List<ImportedConversation> conversations) {
		var now = Timestamp.from(clock.instant());
		var claimed = jdbc.sql("""
				insert into contact.import_batch (batch_id, imported_at, count) values (?, ?, ?)
				on conflict (batch_id) do nothing""").params(batchId, now, conversations.size()).update();
		if (claimed == 0) {
			return 0;
		}
		var rows = new StringBuilder(conversations.size() * 260);
		for (var c : conversations) {
			var status = Status.valueOf(c.status());
			var outcome = status == Status.BOOKED ? null : Timestamp.from(c.endsAt());
			row(rows, c.id(), c.citizen().value(), c.municipalityCode(), c.unit().value(), c.caseworker().value(),
					c.kind().name(), c.channel().name(), Timestamp.from(c.startsAt()), Timestamp.from(c.endsAt()),
					c.place(), status.name(), c.planned(), c.selfBooked(), IMPORT_ACTOR, now, outcome,
					outcome == null ? null : IMPORT_ACTOR, c.cancelledBy() == null ? null : c.cancelledBy().name(),
					c.absenceValid());
		}
		copy("contact.conversation (id, citizen, municipality_code, unit, caseworker, kind, channel, starts_at, ends_at, "
				+ "place, status, planned, self_booked, booked_by, booked_at, outcome_at, outcome_by, cancelled_by, "
				+ "absence_valid)", rows.toString(), conversations.size());
		latestHeld.imported(conversations);
		audit.recordAll(conversations.stream()
			.map(ImportedConversation::municipalityCode)
			.distinct()
			.map(code -> new AuditRecord(IMPORT_ACTOR, AuditAction.CREATE, "conversation-import/" + batchId,
					"conversation-import", null, code))
			.toList());
		return conversations.size();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasConversations(int municipalityCode) {
		return jdbc.sql("select exists (select 1 from contact.conversation where municipality_code = ?)")
			.param(municipalityCode)
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional
	public int importSlots(String batchId, List<ImportedSlot> slots) {
		var now = Timestamp.from(clock.instant());
		var claimed = jdbc.sql("insert into contact.import_batch (batch_id, imported_at, count) values (?, ?, ?) "
				+ "on conflict (batch_id) do nothing").params(batchId, now, slots.size()).update();
		if (claimed == 0) {
			return 0;
		}
		for (var slot : slots) {
			jdbc.sql("insert into contact.slot (id, caseworker, unit, municipality_code, starts_at, ends_at, channel, "
					+ "place, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(slot.id(), slot.caseworker().value(), slot.unit().value(), slot.municipalityCode(),
						Timestamp.from(slot.startsAt()), Timestamp.from(slot.endsAt()), slot.channel().name(), slot.place(),
						now)
				.update();
		}
		return slots.size();
	}

	@Override
	@Transactional
	public void importAddress(CitizenId citizen, int municipalityCode, String email) {
		Notifications.saveAddress(jdbc, citizen, municipalityCode, email, IMPORT_ACTOR, clock.instant());
		audit.record(new AuditRecord(IMPORT_ACTOR, AuditAction.CHANGE, "citizen/" + citizen.value(),
				"notification-address", null, municipalityCode));
	}

	/** One CSV row: every value quoted, null written as nothing. */
	private static void row(StringBuilder out, @Nullable Object... values) {
		for (var i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			var value = values[i];
			if (value != null) {
				out.append('"').append(Objects.toString(value).replace("\"", "\"\"")).append('"');
			}
		}
		out.append('\n');
	}

	private void copy(String table, String rows, int count) {
		if (count == 0) {
			return;
		}
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " from stdin with (format csv)", new StringReader(rows));
		}
		catch (SQLException ex) {
			var constraint = ex instanceof PSQLException psql && psql.getServerErrorMessage() != null
					? psql.getServerErrorMessage().getConstraint() : null;
			var message = "COPY into contact.conversation failed with SQL state " + ex.getSQLState()
					+ (constraint == null ? "" : " on constraint " + constraint);
			throw ex.getSQLState() != null && ex.getSQLState().startsWith("23")
					? new DataIntegrityViolationException(message) : new DataAccessResourceFailureException(message);
		}
		catch (IOException ex) {
			throw new DataAccessResourceFailureException("COPY into contact.conversation failed: " + ex.getClass().getName());
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
