package dk.jobvej.plan.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.plan.ImportedOffer;
import dk.jobvej.plan.ImportedPlan;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.PlanImport;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of plans and offers through PostgreSQL COPY, one transaction per batch. Offers that
 * have started are marked as published (the import is history, not news), so the daily run does
 * not announce them again.
 */
@Service
class CopyPlanImport implements PlanImport {

	static final String ACTOR = "system:plan-import";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CopyPlanImport(DataSource dataSource, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public int importBatch(String batchId, List<ImportedPlan> plans, List<ImportedOffer> offers) {
		var claimed = jdbc.sql("""
				insert into plan.import_batch (batch_id, imported_at, count) values (?, ?, ?)
				on conflict (batch_id) do nothing""")
			.params(batchId, Timestamp.from(clock.instant()), plans.size() + offers.size())
			.update();
		if (claimed == 0) {
			return 0;
		}
		var planRows = new Csv();
		var goalRows = new Csv();
		var agreementRows = new Csv();
		var pointerRows = new Csv();
		var measurementRows = new Csv();
		var scoreRows = new Csv();
		for (var plan : plans) {
			var id = plan.citizen().value();
			var at = Timestamp.from(plan.createdAt());
			planRows.row(id, plan.municipalityCode(), at, plan.createdBy(), 0);
			for (var goal : plan.goals()) {
				goalRows.row(UUID.randomUUID(), id, goal.endGoal() ? "END_GOAL" : "SUB_GOAL", goal.text(),
						goal.occupationCode(), goal.due(), goal.reached() ? "REACHED" : "ACTIVE", at, plan.createdBy(),
						goal.reached() ? at : null, goal.reached() ? plan.createdBy() : null, plan.municipalityCode());
			}
			for (var item : plan.helpItems()) {
				pointerRows.row(UUID.randomUUID(), id, item, null, plan.createdBy(), at, plan.municipalityCode());
			}
			for (var measurement : plan.measurements()) {
				var measurementId = UUID.randomUUID();
				var when = Timestamp.from(measurement.measuredOn().atTime(10, 0).atZone(clock.getZone()).toInstant());
				measurementRows.row(measurementId, id, plan.municipalityCode(), measurement.measuredOn(), when,
						measurement.byCitizen(), measurement.byCitizen() ? "borger:" + id : plan.createdBy(), null);
				measurement.scores()
					.forEach((code, score) -> scoreRows.row(measurementId, code, score, plan.municipalityCode()));
			}
			for (var agreement : plan.agreements()) {
				agreementRows.row(UUID.randomUUID(), id, agreement.conversationDate(), null, agreement.text(),
						plan.createdBy(), Timestamp.from(agreement.conversationDate().atStartOfDay(clock.getZone()).toInstant()),
						plan.municipalityCode());
			}
		}
		var offerRows = new Csv();
		var eventRows = new Csv();
		var today = java.time.LocalDate.now(clock);
		for (var offer : offers) {
			var at = Timestamp.from(offer.createdAt());
			var started = (offer.status() == OfferStatus.GRANTED || offer.status() == OfferStatus.ENDED)
					&& !offer.startDate().isAfter(today);
			offerRows.row(offer.id(), offer.citizen().value(), offer.municipalityCode(), offer.unit().value(),
					offer.type().name(), offer.status().name(), offer.provider().name(), offer.providerName(), null,
					offer.project(), offer.startDate(), offer.plannedEnd(), offer.endedOn(),
					offer.result() == null ? null : offer.result().name(), offer.hoursPerWeek(), null, null, false, at,
					ACTOR, started, 0);
			var position = 0;
			var first = offer.status() == OfferStatus.WAITING || offer.status() == OfferStatus.CANCELLED ? "WAITING"
					: offer.status() == OfferStatus.REFUSED ? "REFUSED" : "GRANTED";
			eventRows.row(offer.id(), position++, first, at, ACTOR, offer.startDate(), offer.plannedEnd(), null,
					offer.municipalityCode());
			if (offer.status() == OfferStatus.ENDED) {
				eventRows.row(offer.id(), position, "ENDED", at, ACTOR, null, offer.endedOn(), null,
						offer.municipalityCode());
			}
			if (offer.status() == OfferStatus.CANCELLED) {
				eventRows.row(offer.id(), position, "CANCELLED", at, ACTOR, null, null, null, offer.municipalityCode());
			}
		}
		copy("plan.plan (citizen, municipality_code, created_at, created_by, version)", planRows);
		copy("plan.goal (id, plan, kind, text, occupation_code, due, status, created_at, created_by, closed_at, "
				+ "closed_by, municipality_code)", goalRows);
		copy("plan.agreement (id, plan, conversation_date, conversation, text, made_by, made_at, municipality_code)",
				agreementRows);
		copy("plan.help_pointer (id, plan, item, note, pointed_by, pointed_at, municipality_code)", pointerRows);
		copy("plan.measurement (id, citizen, municipality_code, measured_on, measured_at, by_citizen, measured_by, note)",
				measurementRows);
		copy("plan.score (measurement, indicator, score, municipality_code)", scoreRows);
		copy("plan.offer (id, citizen, municipality_code, unit, type, status, provider_kind, provider_name, "
				+ "provider_cvr, project, start_date, planned_end, ended_on, result, hours_per_week, target_group, "
				+ "purpose, special_need, created_at, created_by, start_published, version)", offerRows);
		copy("plan.offer_event (offer, position, kind, at, by_actor, from_date, to_date, reason, municipality_code)",
				eventRows);
		audit.recordAll(java.util.stream.Stream
			.concat(plans.stream().map(ImportedPlan::municipalityCode), offers.stream().map(ImportedOffer::municipalityCode))
			.distinct()
			.map(code -> new AuditRecord(ACTOR, AuditAction.CREATE, "plan-import/" + batchId, "plan-import", null, code))
			.toList());
		return plans.size() + offers.size();
	}

	private void copy(String table, Csv rows) {
		if (rows.rows == 0) {
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
			throw new DataAccessResourceFailureException("COPY into " + table + " failed: " + ex.getClass().getName());
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Rows in PostgreSQL's CSV COPY format: every value quoted, null written as nothing. */
	private static final class Csv {

		private final StringBuilder text = new StringBuilder(1 << 16);

		private int rows;

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
			rows++;
		}

	}

}
