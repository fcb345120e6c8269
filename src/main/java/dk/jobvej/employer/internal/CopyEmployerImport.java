package dk.jobvej.employer.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import dk.jobvej.employer.CompanyId;
import dk.jobvej.employer.EmployerImport;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import through PostgreSQL COPY on the transaction's connection: the batch marker,
 * companies, workplaces, visits and vacancies commit together or not at all.
 */
@Service
class CopyEmployerImport implements EmployerImport {

	private static final String ACTOR = "system:employer-import";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PasswordEncoder passwords;

	CopyEmployerImport(DataSource dataSource, JdbcClient jdbc, Clock clock, PasswordEncoder passwords) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public void ensurePortalUser(CompanyId company, String name, String username, String password) {
		jdbc.sql("""
				insert into employer.employer_user (id, username, name, password_hash, company, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict (username) do nothing""")
			.params(UUID.randomUUID(), username.toLowerCase(java.util.Locale.ROOT), name, passwords.encode(password),
					company.value(), Timestamp.from(clock.instant()))
			.update();
	}

	@Override
	@Transactional
	public int importBatch(String batchId, List<ImportedCompany> companies) {
		var now = Timestamp.from(clock.instant());
		var claimed = jdbc.sql("""
				insert into employer.import_batch (batch_id, imported_at, count) values (?, ?, ?)
				on conflict (batch_id) do nothing""").params(batchId, now, companies.size()).update();
		if (claimed == 0) {
			return 0;
		}
		var rows = new Rows();
		var workplaces = new Rows();
		var visits = new Rows();
		var vacancies = new Rows();
		for (var company : companies) {
			var id = company.id().value();
			rows.row(id, company.cvr().value(), company.name(), company.branch(), company.size().name(),
					company.street(), company.postcode(), company.city(),
					company.consultant() == null ? null : company.consultant().value(), company.municipalityCode(), now,
					0);
			for (var workplace : company.workplaces()) {
				workplaces.row(id, workplace.pNumber().value(), workplace.name(), workplace.street(),
						workplace.postcode(), workplace.city());
			}
			for (var visit : company.visits()) {
				visits.row(UUID.randomUUID(), id, visit.visitedOn(), visit.consultant().value(), visit.purpose().name(),
						visit.outcome().name(), visit.note(), company.municipalityCode());
			}
			for (var vacancy : company.vacancies()) {
				vacancies.row(vacancy.id().value(), id, vacancy.occupation().value(), vacancy.title(),
						vacancy.description(), vacancy.hoursPerWeek(), vacancy.postcode(), vacancy.city(),
						vacancy.startsOn(), vacancy.deadline(), vacancy.kind().name(), vacancy.status().name(),
						"CONSULTANT", ACTOR, vacancy.createdOn(), company.municipalityCode(), 0);
			}
		}
		copy("employer.company (id, cvr, name, branch, size, street, postcode, city, consultant, municipality_code, "
				+ "created_at, version)", rows);
		copy("employer.workplace (company, p_number, name, street, postcode, city)", workplaces);
		copy("employer.visit (id, company, visited_on, consultant, purpose, outcome, note, municipality_code)", visits);
		copy("employer.vacancy (id, company, occupation, title, description, hours_per_week, postcode, city, "
				+ "starts_on, deadline, kind, status, source, created_by, created_on, municipality_code, version)",
				vacancies);
		return companies.size();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasCompanies(int municipalityCode) {
		return jdbc.sql("select exists (select 1 from employer.company where municipality_code = ?)")
			.param(municipalityCode)
			.query(Boolean.class)
			.single();
	}

	private void copy(String table, Rows rows) {
		if (rows.count == 0) {
			return;
		}
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " from stdin with (format csv)", new StringReader(rows.text.toString()));
		}
		catch (SQLException ex) {
			var message = "COPY into " + table + " failed with SQL state " + ex.getSQLState();
			throw ex.getSQLState() != null && ex.getSQLState().startsWith("23")
					? new DataIntegrityViolationException(message) : new DataAccessResourceFailureException(message);
		}
		catch (IOException ex) {
			throw new DataAccessResourceFailureException("COPY into " + table + " failed");
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Rows in PostgreSQL's CSV COPY format, every value quoted, null as nothing. */
	private static final class Rows {

		private final StringBuilder text = new StringBuilder(1 << 16);

		private int count;

		void row(@Nullable Object... values) {
			for (var i = 0; i < values.length; i++) {
				if (i > 0) {
					text.append(',');
				}
				if (values[i] != null) {
					text.append('"').append(Objects.toString(values[i]).replace("\"", "\"\"")).append('"');
				}
			}
			text.append('\n');
			count++;
		}

	}

}
