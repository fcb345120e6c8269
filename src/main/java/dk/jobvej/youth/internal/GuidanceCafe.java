package dk.jobvej.youth.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.youth.FvuResult;
import dk.jobvej.youth.internal.YouthWorklists.Person;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guidance café (vejledningscafé, seed 001): the first meeting with a young person who asks
 * for help, the referral to the FVU test (reading and maths), and the test's result. The FVU test
 * is due within the rule's period of the first meeting.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class GuidanceCafe {

	private final JdbcClient jdbc;

	private final YouthRules rules;

	private final YouthAccess access;

	private final YouthWorklists worklists;

	private final YouthProperties properties;

	private final Clock clock;

	GuidanceCafe(JdbcClient jdbc, YouthRules rules, YouthAccess access, YouthWorklists worklists,
			YouthProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.access = access;
		this.worklists = worklists;
		this.properties = properties;
		this.clock = clock;
	}

	/** A first meeting, as the café's list shows it. */
	public record Intake(UUID id, Person citizen, LocalDate metOn, String metBy, @Nullable LocalDate fvuReferredOn,
			@Nullable LocalDate fvuDeadline, boolean fvuOverdue, @Nullable LocalDate fvuTestedOn,
			@Nullable FvuResult fvuResult, @Nullable String note) {
	}

	/** Records the first meeting; referred to the FVU test on the same day when asked. */
	public UUID meet(CitizenId citizen, LocalDate metOn, boolean referToFvu, @Nullable String note) {
		var staff = access.caller();
		var facts = access.open(citizen, "youth-intake");
		if (metOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("metOn", "youth.validation.future");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into youth.intake (id, citizen, municipality_code, unit, met_by, met_on, fvu_referred_on, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, citizen.value(), staff.municipalityCode(), facts.history().unit().value(), staff.id().value(),
					metOn, referToFvu ? metOn : null, Texts.optional("note", note, Texts.NOTE))
			.update();
		access.changed(staff, AuditAction.CREATE, citizen, staff.municipalityCode(), "youth-intake");
		return id;
	}

	/** The FVU test was taken on the day with the result; refers the young person first if they were not. */
	public void tested(UUID intakeId, LocalDate testedOn, FvuResult result) {
		var staff = access.caller();
		var row = jdbc.sql("select citizen, met_on from youth.intake where id = ? and municipality_code = ?")
			.params(intakeId, staff.municipalityCode())
			.query((rs, n) -> Map.entry(new CitizenId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class)))
			.optional()
			.orElseThrow(() -> new NotFound("youth.intake.notFound"));
		access.open(row.getKey(), "youth-intake");
		if (testedOn.isBefore(row.getValue())) {
			throw new RuleViolation("testedOn", "youth.intake.beforeMeeting", row.getValue());
		}
		if (testedOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("testedOn", "youth.validation.future");
		}
		jdbc.sql("""
				update youth.intake set fvu_referred_on = coalesce(fvu_referred_on, met_on), fvu_tested_on = ?,
				       fvu_result = ?, version = version + 1 where id = ?""")
			.params(testedOn, result.name(), intakeId)
			.update();
		access.changed(staff, AuditAction.CHANGE, row.getKey(), staff.municipalityCode(), "youth-fvu");
	}

	/** The unit's first meetings of the last 90 days, the FVU tests overdue first; each citizen shown is opened. */
	public List<Intake> recent() {
		var staff = access.caller();
		var today = LocalDate.now(clock);
		var rows = jdbc.sql("""
				select id, citizen, met_on, met_by, fvu_referred_on, fvu_tested_on, fvu_result, note
				from youth.intake where municipality_code = ? and unit = ? and met_on >= ?
				order by (fvu_referred_on is not null and fvu_tested_on is null) desc, met_on desc
				limit ?""")
			.params(staff.municipalityCode(), staff.unit().value(), today.minusDays(90), properties.worklistLimit())
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), new CitizenId(rs.getObject(2, UUID.class)),
					rs.getObject(3, LocalDate.class), new dk.jobvej.identity.StaffId(rs.getObject(4, UUID.class)),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
					rs.getString(8) })
			.list();
		var people = worklists.people(rows.stream().map(row -> (CitizenId) row[1]).toList(), "youth-intake");
		var intakes = new ArrayList<Intake>();
		for (var row : rows) {
			var metOn = (LocalDate) row[2];
			var referred = (LocalDate) row[4];
			var tested = (LocalDate) row[5];
			var deadline = referred == null ? null : rules.fvuDeadline(referred, today).orElse(null);
			intakes.add(new Intake((UUID) row[0], people.get((CitizenId) row[1]), metOn,
					access.staffName((dk.jobvej.identity.StaffId) row[3]), referred, deadline,
					tested == null && deadline != null && deadline.isBefore(today), tested,
					row[6] == null ? null : FvuResult.valueOf((String) row[6]), (String) row[7]));
		}
		return intakes;
	}

}
