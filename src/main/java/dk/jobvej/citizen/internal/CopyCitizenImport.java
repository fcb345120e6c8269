package dk.jobvej.citizen.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.ImportedCitizen;
import dk.jobvej.citizen.ImportedVisitation;

import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import through PostgreSQL COPY on the connection of the surrounding Spring transaction,
 * so the batch marker, the citizens, their benefit periods and their visitation history commit
 * together or not at all. Imports publish no domain events: they bring in history, not news.
 */
@Service
class CopyCitizenImport implements CitizenImport {

	static final String IMPORT_ACTOR = "system:citizen-import";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CopyCitizenImport(DataSource dataSource, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public int importBatch(String batchId, List<ImportedCitizen> citizens) {
		var now = Timestamp.from(clock.instant());
		var claimed = jdbc.sql("""
				insert into citizen.import_batch (batch_id, imported_at, count) values (?, ?, ?)
				on conflict (batch_id) do nothing""").params(batchId, now, citizens.size()).update();
		if (claimed == 0) {
			return 0;
		}
		var people = new CsvRows();
		var periods = new CsvRows();
		var decisions = new CsvRows();
		for (var citizen : citizens) {
			var id = citizen.id().value();
			var address = citizen.address();
			people.row(id, citizen.cpr().value(), citizen.givenName(), citizen.familyName(), address.street(),
					address.postcode(), address.city(), citizen.municipalityCode(), citizen.unit().value(),
					citizen.primaryContact() == null ? null : citizen.primaryContact().value(), now, 0);
			for (var period : citizen.benefits()) {
				periods.row(UUID.randomUUID(), id, period.type().name(), period.from(), period.to(),
						citizen.municipalityCode());
			}
			var position = 0;
			for (var decision : inOrder(citizen.visitations())) {
				decisions.row(id, position++, decision.category().name(), Timestamp.from(decision.decidedAt()),
						decision.decidedBy().value(), decision.reason(), citizen.municipalityCode());
			}
		}
		copy("citizen.citizen (id, cpr, given_name, family_name, street, postcode, city, municipality_code, unit, "
				+ "primary_contact, registered_at, version)", people);
		copy("citizen.benefit_period (id, citizen, type, from_date, to_date, municipality_code)", periods);
		copy("citizen.visitation_decision (citizen, position, category, decided_at, decided_by, reason, "
				+ "municipality_code)", decisions);
		audit.recordAll(citizens.stream()
			.map(ImportedCitizen::municipalityCode)
			.distinct()
			.map(code -> new AuditRecord(IMPORT_ACTOR, AuditAction.CREATE, "citizen-import/" + batchId,
					"citizen-import", null, code))
			.toList());
		return citizens.size();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasCitizens(int municipalityCode) {
		return jdbc.sql("select exists (select 1 from citizen.citizen where municipality_code = ?)")
			.param(municipalityCode)
			.query(Boolean.class)
			.single();
	}

	/** Oldest first; decisions at the same instant keep the order they came in. */
	private static List<ImportedVisitation> inOrder(List<ImportedVisitation> visitations) {
		return visitations.stream().sorted(Comparator.comparing(ImportedVisitation::decidedAt)).toList();
	}

	/** Streams the rows into the table on the transaction's connection. */
	private void copy(String table, CsvRows rows) {
		if (rows.rows() == 0) {
			return;
		}
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " from stdin with (format csv)", new StringReader(rows.toString()));
		}
		catch (SQLException ex) {
			throw translate(table, ex);
		}
		catch (IOException ex) {
			throw new DataAccessResourceFailureException("COPY into " + table + " failed: " + ex.getClass().getName());
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * PostgreSQL's error detail repeats the offending row, CPR number included, so the original
	 * exception is not passed on: only the table, the SQL state and the constraint are.
	 */
	private static RuntimeException translate(String table, SQLException ex) {
		var constraint = ex instanceof PSQLException psql && psql.getServerErrorMessage() != null
				? psql.getServerErrorMessage().getConstraint() : null;
		var message = "COPY into " + table + " failed with SQL state " + ex.getSQLState()
				+ (constraint == null ? "" : " on constraint " + constraint);
		return ex.getSQLState() != null && ex.getSQLState().startsWith("23") ? new DataIntegrityViolationException(message)
				: new DataAccessResourceFailureException(message);
	}

}
