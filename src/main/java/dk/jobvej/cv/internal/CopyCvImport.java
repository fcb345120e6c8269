package dk.jobvej.cv.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.cv.CvImport;
import dk.jobvej.cv.ImportedCv;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of whole CVs through PostgreSQL COPY on the connection of the surrounding
 * transaction: the batch marker and every row commit together or not at all. Codes (occupations,
 * languages, branches) are trusted as given: the importer is the system, not a user.
 */
@Service
class CopyCvImport implements CvImport {

	static final String ACTOR = "system:cv-import";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CopyCvImport(DataSource dataSource, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public int importBatch(String batchId, List<ImportedCv> cvs) {
		var claimed = jdbc.sql("""
				insert into cv.import_batch (batch_id, imported_at, count) values (?, ?, ?)
				on conflict (batch_id) do nothing""").params(batchId, Timestamp.from(clock.instant()), cvs.size()).update();
		if (claimed == 0) {
			return 0;
		}
		var heads = new CsvRows();
		var educations = new CsvRows();
		var experiences = new CsvRows();
		var skills = new CsvRows();
		var languages = new CsvRows();
		var licences = new CsvRows();
		var branches = new CsvRows();
		var goals = new CsvRows();
		for (var cv : cvs) {
			var id = cv.citizen().value();
			var m = cv.municipalityCode();
			var at = Timestamp.from(cv.updatedAt());
			heads.row(id, m, cv.profile(), cv.hoursPerWeek(), cv.maxCommuteKm(), cv.drivingLicenceAnswered(), at, at,
					ACTOR, 0);
			cv.educations()
				.forEach(e -> educations.row(UUID.randomUUID(), id, e.level().name(), e.title(), e.institution(),
						e.fromYear(), e.toYear(), e.completed(), m));
			cv.experiences()
				.forEach(e -> experiences.row(UUID.randomUUID(), id, e.occupationCode(), e.title(), e.employer(),
						e.from().atDay(1), e.to() == null ? null : e.to().atDay(1), null, m));
			cv.skills().forEach(s -> skills.row(UUID.randomUUID(), id, s, m));
			cv.languages().forEach(l -> languages.row(UUID.randomUUID(), id, l.code(), l.level().name(), m));
			cv.drivingLicences().forEach(d -> licences.row(id, d.name(), m));
			cv.branches().forEach(b -> branches.row(id, b, m));
			var position = 0;
			for (var goal : cv.jobGoals()) {
				goals.row(UUID.randomUUID(), id, position++, goal.occupationCode(), goal.note(), m);
			}
		}
		copy("cv.cv (citizen, municipality_code, profile, hours_per_week, max_commute_km, driving_licence_answered, "
				+ "created_at, updated_at, updated_by, version)", heads);
		copy("cv.education (id, cv, level, title, institution, from_year, to_year, completed, municipality_code)",
				educations);
		copy("cv.experience (id, cv, occupation_code, title, employer, from_month, to_month, description, "
				+ "municipality_code)", experiences);
		copy("cv.skill (id, cv, name, municipality_code)", skills);
		copy("cv.language (id, cv, code, level, municipality_code)", languages);
		copy("cv.driving_licence (cv, category, municipality_code)", licences);
		copy("cv.branch (cv, code, municipality_code)", branches);
		copy("cv.job_goal (id, cv, position, occupation_code, note, municipality_code)", goals);
		audit.recordAll(cvs.stream()
			.map(ImportedCv::municipalityCode)
			.distinct()
			.map(code -> new AuditRecord(ACTOR, AuditAction.CREATE, "cv-import/" + batchId, "cv-import", null, code))
			.toList());
		return cvs.size();
	}

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
			var message = "COPY into " + table + " failed with SQL state " + ex.getSQLState();
			throw ex.getSQLState() != null && ex.getSQLState().startsWith("23")
					? new DataIntegrityViolationException(message) : new DataAccessResourceFailureException(message);
		}
		catch (IOException ex) {
			throw new DataAccessResourceFailureException("COPY into " + table + " failed: " + ex.getClass().getName());
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
