package dk.jobvej.rehab.internal;

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
import dk.jobvej.rehab.RehabImport;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import through PostgreSQL COPY on the connection of the surrounding transaction: the batch
 * marker and every row commit together or not at all. Errors name the table, the SQL state and the
 * constraint, never the row (which holds personal data).
 */
@Service
class CopyRehabImport implements RehabImport {

	static final String IMPORT_ACTOR = "system:rehab-import";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CopyRehabImport(DataSource dataSource, JdbcClient jdbc, AuditLog audit, Clock clock) {
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
				insert into rehab.import_batch (batch_id, imported_at, count) values (?, ?, ?)
				on conflict (batch_id) do nothing""").params(batchId, now, batch.rows()).update();
		if (claimed == 0) {
			return 0;
		}
		var teams = new CsvRows();
		var members = new CsvRows();
		for (var team : batch.teams()) {
			teams.row(team.id(), team.municipalityCode(), team.name(), 0);
			var position = 0;
			for (var member : team.members()) {
				members.row(team.id(), position++, member.function().name(), member.name());
			}
		}
		var meetings = new CsvRows();
		for (var meeting : batch.meetings()) {
			meetings.row(meeting.id(), meeting.municipalityCode(), meeting.team(), meeting.heldOn(), meeting.startsAt(),
					meeting.location(), meeting.slotMinutes(), 0);
		}
		var cases = new CsvRows();
		var documents = new CsvRows();
		for (var c : batch.cases()) {
			cases.row(c.id().value(), c.citizen().value(), c.municipalityCode(), c.unit().value(), c.caseworker().value(),
					c.type().name(), c.arisenOn(), c.meeting(), c.meeting() == null ? null : c.agendaPosition(),
					c.exemption() == null ? null : c.exemption().name(), c.exemptedOn(),
					c.exemption() == null ? null : c.caseworker().value(),
					c.recommendation() == null ? null : c.recommendation().name(), c.recommendedOn(),
					c.decision() == null ? null : c.decision().name(), c.decidedOn(),
					c.decision() == null ? null : c.caseworker().value(), now, 0);
			var position = 0;
			for (var document : c.documents()) {
				documents.row(c.id().value(), position++, document.kind().name(), document.status().name(), document.on(),
						c.municipalityCode());
			}
		}
		var courses = new CsvRows();
		for (var course : batch.courses()) {
			courses.row(course.id(), course.citizen().value(), course.municipalityCode(), course.unit().value(),
					course.type().name(), course.startedOn(), course.grantedTo(), course.endedOn());
		}
		var efforts = new CsvRows();
		for (var effort : batch.efforts()) {
			efforts.row(effort.citizen().value(), effort.municipalityCode(), effort.offerType(), effort.startedOn(),
					"import", IMPORT_ACTOR, now);
		}
		var sickness = new CsvRows();
		var conversations = new CsvRows();
		var partial = new CsvRows();
		var stepUps = new CsvRows();
		var extensions = new CsvRows();
		for (var s : batch.sicknessCases()) {
			var id = s.id().value();
			var code = s.municipalityCode();
			sickness.row(id, s.citizen().value(), code, s.unit().value(), s.caseworker().value(),
					s.category() == null ? null : s.category().name(), s.firstAbsenceDay(),
					s.employed(), s.company() == null ? null : s.company().cvr(),
					s.company() == null ? null : s.company().name(), s.expectedWeeks(), s.earlyFollowUpRequestedOn(),
					s.closedOn(), s.closeReason() == null ? null : s.closeReason().name(), now, 0);
			var position = 0;
			for (var conversation : s.conversations()) {
				conversations.row(id, position++, conversation.kind().name(), conversation.heldOn(), code);
			}
			position = 0;
			for (var hours : s.partialReturns()) {
				partial.row(id, position++, hours.from(), hours.hoursPerWeek(), code);
			}
			position = 0;
			for (var hours : s.stepUpPlan()) {
				stepUps.row(id, position++, hours.from(), hours.hoursPerWeek(), code);
			}
			position = 0;
			for (var extension : s.extensions()) {
				extensions.row(id, position++, extension.ground().name(), extension.decidedOn(), extension.until(), code);
			}
		}
		copy("rehab.team (id, municipality_code, name, version)", teams);
		copy("rehab.team_member (team, position, function, name)", members);
		copy("rehab.meeting (id, municipality_code, team, held_on, starts_at, location, slot_minutes, version)", meetings);
		copy("rehab.rehab_case (id, citizen, municipality_code, unit, caseworker, type, arisen_on, meeting, "
				+ "agenda_position, exemption, exempted_on, exempted_by, recommendation, recommended_on, decision, "
				+ "decided_on, decided_by, created_at, version)", cases);
		copy("rehab.case_document (rehab_case, position, kind, status, status_on, municipality_code)", documents);
		copy("rehab.course (id, citizen, municipality_code, unit, type, started_on, granted_to, ended_on)", courses);
		copy("rehab.effort_start (citizen, municipality_code, offer_type, started_on, source, recorded_by, recorded_at)",
				efforts);
		copy("rehab.sickness_case (id, citizen, municipality_code, unit, caseworker, category, first_absence_day, employed, "
				+ "company_cvr, company_name, expected_weeks, early_request_on, closed_on, close_reason, created_at, "
				+ "version)", sickness);
		copy("rehab.sickness_conversation (sickness_case, position, kind, held_on, municipality_code)", conversations);
		copy("rehab.sickness_partial_return (sickness_case, position, from_date, hours_per_week, municipality_code)",
				partial);
		copy("rehab.sickness_step_up (sickness_case, position, from_date, hours_per_week, municipality_code)", stepUps);
		copy("rehab.sickness_extension (sickness_case, position, ground, decided_on, until, municipality_code)",
				extensions);
		for (var setting : batch.settings()) {
			jdbc.sql("""
					insert into rehab.municipality_setting (municipality_code, free_municipality_from, free_municipality_to,
					       meeting_unit_cost, certificate_unit_cost, changed_by, changed_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(setting.municipalityCode(), setting.from(), setting.to(), setting.meetingUnitCost(),
						setting.certificateUnitCost(), IMPORT_ACTOR, now)
				.update();
		}
		audit.recordAll(Stream.of(batch.cases().stream().map(RehabImport.Case::municipalityCode),
				batch.sicknessCases().stream().map(RehabImport.Sickness::municipalityCode),
				batch.courses().stream().map(RehabImport.Course::municipalityCode),
				batch.efforts().stream().map(RehabImport.Effort::municipalityCode),
				batch.teams().stream().map(RehabImport.Team::municipalityCode))
			.flatMap(codes -> codes)
			.distinct()
			.map(code -> new AuditRecord(IMPORT_ACTOR, AuditAction.CREATE, "rehab-import/" + batchId, "rehab-import",
					null, code))
			.toList());
		return batch.rows();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasData(int municipalityCode) {
		return jdbc.sql("""
				select exists (select 1 from rehab.rehab_case where municipality_code = ?)
				    or exists (select 1 from rehab.sickness_case where municipality_code = ?)""")
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
