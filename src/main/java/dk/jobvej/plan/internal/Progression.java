package dk.jobvej.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.portal.CitizenPortal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progression tool (progressionsværktøj): the citizen and the caseworker score the
 * indicators of the employment indicator project (BIP) from 1 to 5, again and again, so the
 * progress shows over time. Each indicator says who scores it: the citizen, the caseworker, or
 * both (each their own line).
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Progression {

	private final JdbcClient jdbc;

	private final CitizenRegister citizens;

	private final CitizenPortal portal;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	Progression(JdbcClient jdbc, CitizenRegister citizens, CitizenPortal portal, Organisation organisation,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.portal = portal;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/** An indicator and who scores it: CITIZEN, STAFF or BOTH. */
	public record Indicator(String code, String ratedBy, String source) {

		public boolean citizenRates() {
			return !ratedBy.equals("STAFF");
		}

		public boolean staffRates() {
			return !ratedBy.equals("CITIZEN");
		}

		/** The message keys of its name and of the question each party answers. */
		public String nameKey() {
			return "plan.indicator." + code;
		}

		public String citizenQuestionKey() {
			return "plan.indicator." + code + ".citizen";
		}

		public String staffQuestionKey() {
			return "plan.indicator." + code + ".staff";
		}

	}

	/** One measurement: when, by whom (the citizen or a member of staff), and the scores. */
	public record Measurement(UUID id, LocalDate measuredOn, Instant measuredAt, boolean byCitizen, String measuredBy,
			@Nullable String note, Map<String, Integer> scores) {
	}

	@Transactional(readOnly = true)
	public List<Indicator> indicators() {
		return jdbc.sql("select code, rated_by, source from plan.indicator order by position")
			.query((rs, row) -> new Indicator(rs.getString("code"), rs.getString("rated_by"), rs.getString("source")))
			.list();
	}

	/** A member of staff's measurement of the citizen; audited as a change. */
	public UUID measure(CitizenId citizen, @Nullable LocalDate on, Map<String, Integer> scores, @Nullable String note) {
		var facts = citizens.open(citizen, "progression-change");
		var by = organisation.signedIn().username();
		var id = store(citizen, facts.history().municipalityCode(), false, by, on, scores, note);
		audit.record(new AuditRecord(by, AuditAction.CREATE, "citizen/" + citizen, "progression", null,
				facts.history().municipalityCode()));
		return id;
	}

	/** The signed-in citizen's own measurement. */
	public UUID measureOwn(@Nullable LocalDate on, Map<String, Integer> scores, @Nullable String note) {
		var citizen = portal.signedIn();
		var facts = citizens.ownFacts(citizen);
		return store(citizen, facts.history().municipalityCode(), true, "borger:" + citizen, on, scores, note);
	}

	/** Every measurement of the citizen, oldest first, for a member of staff; audited as a read. */
	public List<Measurement> forStaff(CitizenId citizen, String what) {
		citizens.open(citizen, what);
		return measurements(citizen);
	}

	@Transactional(readOnly = true)
	public List<Measurement> own() {
		return measurements(portal.signedIn());
	}

	private UUID store(CitizenId citizen, int municipality, boolean byCitizen, String by, @Nullable LocalDate on,
			Map<String, Integer> scores, @Nullable String note) {
		var today = LocalDate.now(clock);
		if (on == null) {
			throw new RuleViolation("measuredOn", "plan.text.required");
		}
		if (on.isAfter(today)) {
			throw new RuleViolation("measuredOn", "plan.progression.future");
		}
		if (on.isBefore(today.minusYears(1))) {
			throw new RuleViolation("measuredOn", "plan.progression.tooOld");
		}
		var indicators = new LinkedHashMap<String, Indicator>();
		indicators().forEach(indicator -> indicators.put(indicator.code(), indicator));
		var given = new LinkedHashMap<String, Integer>();
		scores.forEach((code, score) -> {
			var indicator = indicators.get(code);
			if (indicator == null || (byCitizen ? !indicator.citizenRates() : !indicator.staffRates())) {
				throw new RuleViolation("scores", "plan.progression.notYours");
			}
			if (score == null || score < 1 || score > 5) {
				throw new RuleViolation("scores", "plan.progression.scale");
			}
			given.put(code, score);
		});
		if (given.isEmpty()) {
			throw new RuleViolation("scores", "plan.progression.empty");
		}
		var text = PlanText.optional("note", note, 1000);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan.measurement (id, citizen, municipality_code, measured_on, measured_at, by_citizen, measured_by, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, citizen.value(), municipality, on, java.sql.Timestamp.from(clock.instant()), byCitizen, by, text)
			.update();
		given.forEach((code, score) -> jdbc
			.sql("insert into plan.score (measurement, indicator, score, municipality_code) values (?, ?, ?, ?)")
			.params(id, code, score, municipality)
			.update());
		return id;
	}

	List<Measurement> measurements(CitizenId citizen) {
		var rows = jdbc.sql("""
				select m.id, m.measured_on, m.measured_at, m.by_citizen, m.measured_by, m.note, s.indicator, s.score
				from plan.measurement m join plan.score s on s.measurement = m.id
				where m.citizen = ? order by m.measured_on, m.measured_at, m.id""").param(citizen.value()).query().listOfRows();
		var byId = new LinkedHashMap<UUID, Measurement>();
		for (var row : rows) {
			var id = (UUID) row.get("id");
			var measurement = byId.computeIfAbsent(id, key -> new Measurement(key,
					((java.sql.Date) row.get("measured_on")).toLocalDate(),
					((java.sql.Timestamp) row.get("measured_at")).toInstant(), (Boolean) row.get("by_citizen"),
					(String) row.get("measured_by"), (String) row.get("note"), new LinkedHashMap<>()));
			measurement.scores().put((String) row.get("indicator"), (Integer) row.get("score"));
		}
		return new ArrayList<>(byId.values());
	}

}
