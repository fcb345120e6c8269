package dk.jobvej.youth.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.youth.YouthImport;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import through PostgreSQL COPY on the connection of the surrounding transaction: the batch
 * marker and every row commit together or not at all. Errors name the table and SQL state, never
 * the row.
 */
@Service
class CopyYouthImport implements YouthImport {

	static final String IMPORT_ACTOR = "system:youth-import";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CopyYouthImport(DataSource dataSource, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public int importBatch(String batchId, Batch batch) {
		var now = Timestamp.from(clock.instant());
		var claimed = jdbc.sql("""
				insert into youth.import_batch (batch_id, imported_at, count) values (?, ?, ?)
				on conflict (batch_id) do nothing""").params(batchId, now, batch.rows()).update();
		if (claimed == 0) {
			return 0;
		}
		var orders = new CsvRows();
		var steps = new CsvRows();
		for (var order : batch.orders()) {
			var current = order.steps().getLast().step();
			orders.row(order.id().value(), order.citizen().value(), order.municipalityCode(), order.unit().value(),
					order.caseworker().value(), order.issuedOn(), current.name(), order.endedOn(),
					order.endReason() == null ? null : order.endReason().name(), now, 0);
			var position = 0;
			for (var step : order.steps()) {
				steps.row(order.id().value(), position++, step.step().name(), step.startedOn(), step.deadline(),
						step.completedOn(), step.education(), order.municipalityCode());
			}
		}
		var intakes = new CsvRows();
		for (var intake : batch.intakes()) {
			intakes.row(intake.id(), intake.citizen().value(), intake.municipalityCode(), intake.unit().value(),
					intake.metBy().value(), intake.metOn(), intake.fvuReferredOn(), intake.fvuTestedOn(),
					intake.fvuResult() == null ? null : intake.fvuResult().name(), 0);
		}
		var clubs = new CsvRows();
		var members = new CsvRows();
		var sessions = new CsvRows();
		var attendance = new CsvRows();
		for (var club : batch.clubs()) {
			clubs.row(club.id(), club.municipalityCode(), club.unit().value(), club.name(), club.kind().name(), 0);
			for (var member : club.members()) {
				members.row(club.id(), member.value(), club.municipalityCode());
			}
			for (var session : club.sessions()) {
				sessions.row(session.id(), club.id(), session.heldOn(), club.municipalityCode());
				for (var present : session.present()) {
					attendance.row(session.id(), present.value(), club.municipalityCode());
				}
			}
		}
		var people = new CsvRows();
		for (var person : batch.youngPeople()) {
			people.row(person.id(), person.municipalityCode(), person.unit().value(), person.givenName(),
					person.familyName(), person.birthDate(), now);
		}
		var jobs = new CsvRows();
		var placements = new CsvRows();
		for (var job : batch.jobs()) {
			jobs.row(job.id(), job.municipalityCode(), job.cvr(), job.companyName(), job.title(), job.hoursPerWeek(), now);
			for (var placement : job.placements()) {
				placements.row(placement.id(), job.id(), placement.youngPerson(), job.municipalityCode(),
						placement.supporterKind().name(), placement.supporter().value(), placement.startedOn(),
						placement.endedOn());
			}
		}
		copy("youth.education_order (id, citizen, municipality_code, unit, caseworker, issued_on, current_step, ended_on, "
				+ "end_reason, created_at, version)", orders);
		copy("youth.order_step (education_order, position, step, started_on, deadline, completed_on, education, "
				+ "municipality_code)", steps);
		copy("youth.intake (id, citizen, municipality_code, unit, met_by, met_on, fvu_referred_on, fvu_tested_on, "
				+ "fvu_result, version)", intakes);
		copy("youth.club (id, municipality_code, unit, name, kind, version)", clubs);
		copy("youth.club_member (club, citizen, municipality_code)", members);
		copy("youth.club_session (id, club, held_on, municipality_code)", sessions);
		copy("youth.club_attendance (session, citizen, municipality_code)", attendance);
		copy("youth.young_person (id, municipality_code, unit, given_name, family_name, birth_date, created_at)", people);
		copy("youth.leisure_job (id, municipality_code, company_cvr, company_name, title, hours_per_week, created_at)",
				jobs);
		copy("youth.leisure_placement (id, job, young_person, municipality_code, supporter_kind, supporter, started_on, "
				+ "ended_on)", placements);
		for (var figure : batch.figures()) {
			jdbc.sql("""
					insert into youth.population_figure (municipality_code, year, population_13_17, with_leisure_job,
					       imported_by, imported_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(figure.municipalityCode(), figure.year(), figure.population(), figure.withLeisureJob(),
						IMPORT_ACTOR, now)
				.update();
		}
		audit.recordAll(Stream.of(batch.orders().stream().map(Order::municipalityCode),
				batch.intakes().stream().map(Intake::municipalityCode), batch.clubs().stream().map(Club::municipalityCode),
				batch.youngPeople().stream().map(YoungPerson::municipalityCode),
				batch.jobs().stream().map(LeisureJob::municipalityCode))
			.flatMap(codes -> codes)
			.distinct()
			.map(code -> new AuditRecord(IMPORT_ACTOR, AuditAction.CREATE, "youth-import/" + batchId, "youth-import",
					null, code))
			.toList());
		return batch.rows();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasData(int municipalityCode) {
		return jdbc.sql("""
				select exists (select 1 from youth.education_order where municipality_code = ?)
				    or exists (select 1 from youth.leisure_job where municipality_code = ?)""")
			.params(municipalityCode, municipalityCode)
			.query(Boolean.class)
			.single();
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
			var message = "COPY into " + table.substring(0, table.indexOf(' ')) + " failed with SQL state "
					+ ex.getSQLState();
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
