package dk.jobvej.rehab.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.rehab.CourseType;
import dk.jobvej.rehab.EffortStarts;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.RehabCaseType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job-clarification and resource courses, and the efforts started in them. A course starts when
 * the citizen module starts a benefit period of jobafklaringsforløb or ressourceforløb (if the
 * rules still allow new courses on its first day) and ends with it. The first job-clarification
 * course of a citizen opens a team case for its effort plan, and a visitation to sickness-benefit
 * category 3 opens one for its effort plan, where the rules of that day say so.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Courses implements EffortStarts {

	static final String SYSTEM = "system:rehab";

	private final JdbcClient jdbc;

	private final RehabRules rules;

	private final RehabAccess access;

	private final Cases cases;

	private final Clock clock;

	Courses(JdbcClient jdbc, RehabRules rules, RehabAccess access, Cases cases, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.access = access;
		this.cases = cases;
		this.clock = clock;
	}

	/** A course began: recorded if the rules allow it; the first job-clarification course opens a team case. */
	void started(CitizenHistory history, CourseType type, LocalDate from, @Nullable LocalDate to) {
		if (!rules.newCoursesAllowed(type, from)) {
			return;
		}
		var granted = to;
		var latest = rules.latestGrant(type, from, from);
		if (type == CourseType.JAF && latest.isPresent() && (granted == null || granted.isAfter(latest.get()))) {
			granted = latest.get();
		}
		var first = type == CourseType.JAF && history.benefits()
			.stream()
			.noneMatch(benefit -> benefit.type() == dk.jobvej.citizen.BenefitType.JOBAFKLARINGSFORLOEB
					&& benefit.from().isBefore(from));
		var inserted = jdbc.sql("""
				insert into rehab.course (id, citizen, municipality_code, unit, type, started_on, granted_to)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (citizen, type, started_on) do nothing""")
			.params(UUID.randomUUID(), history.id().value(), history.municipalityCode(), history.unit().value(),
					type.name(), from, granted)
			.update();
		if (inserted > 0 && first) {
			openForCitizen(history, RehabCaseType.JOBAFKLARING_FOERSTE, from);
		}
	}

	/** A team case arose for the citizen without a member of staff (from an event), if the rules of the day allow. */
	void openForCitizen(CitizenHistory history, RehabCaseType type, LocalDate arisenOn) {
		if (!rules.newCasesAllowed(type, arisenOn)) {
			return;
		}
		var exists = jdbc.sql("select exists (select 1 from rehab.rehab_case where citizen = ? and type = ? and arisen_on = ?)")
			.params(history.id().value(), type.name(), arisenOn)
			.query(Boolean.class)
			.single();
		if (exists) {
			return;
		}
		var id = new RehabCaseId(UUID.randomUUID());
		cases.save(RehabCase.open(id, history.id(), history.municipalityCode(), history.unit(),
				history.primaryContact(), type, arisenOn, clock.instant()));
		access.recordAll(java.util.List.of(new AuditRecord(SYSTEM, AuditAction.CREATE, "citizen/" + history.id().value(),
				"rehab-case", type.name(), history.municipalityCode())));
	}

	/** A course's benefit period ended. */
	void ended(CitizenId citizen, CourseType type, LocalDate from, LocalDate to) {
		jdbc.sql("update rehab.course set ended_on = ? where citizen = ? and type = ? and started_on = ?")
			.params(to, citizen.value(), type.name(), from)
			.update();
	}

	/** The citizen moved to another unit: their courses and cases follow. */
	void moved(CitizenId citizen, dk.jobvej.identity.UnitId unit) {
		for (var table : java.util.List.of("rehab.course", "rehab.rehab_case", "rehab.sickness_case")) {
			jdbc.sql("update " + table + " set unit = ? where citizen = ?").params(unit.value(), citizen.value()).update();
		}
	}

	/** A caseworker sets to when the course is granted, within the rules' shortest and longest grant. */
	public void grant(UUID courseId, LocalDate grantedTo) {
		var staff = access.caller();
		var course = jdbc.sql("""
				select citizen, type, started_on from rehab.course where id = ? and municipality_code = ?""")
			.params(courseId, staff.municipalityCode())
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), CourseType.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class) })
			.optional()
			.orElseThrow(() -> new NotFound("rehab.course.notFound"));
		var citizen = new CitizenId((UUID) course[0]);
		var type = (CourseType) course[1];
		var start = (LocalDate) course[2];
		access.open(citizen, "rehab-course");
		var today = LocalDate.now(clock);
		var earliest = rules.earliestGrant(type, start, today);
		var latest = rules.latestGrant(type, start, today);
		if (grantedTo.isBefore(start) || earliest.isPresent() && grantedTo.isBefore(earliest.get())) {
			throw new RuleViolation("grantedTo", "rehab.course.grantTooShort", earliest.orElse(start));
		}
		if (latest.isPresent() && grantedTo.isAfter(latest.get())) {
			throw new RuleViolation("grantedTo", "rehab.course.grantTooLong", latest.get());
		}
		jdbc.sql("update rehab.course set granted_to = ? where id = ?").params(grantedTo, courseId).update();
		access.changed(staff, AuditAction.CHANGE, citizen, staff.municipalityCode(), "rehab-course");
	}

	/** A caseworker records an effort started for a citizen they may open (a social-services or health effort, say). */
	public boolean recordByHand(CitizenId citizen, String offerType, LocalDate startedOn) {
		var staff = access.caller();
		var facts = access.open(citizen, "rehab-effort");
		var type = Texts.required("offerType", offerType, 60);
		if (startedOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("startedOn", "rehab.validation.future");
		}
		var recorded = insert(citizen, facts.history().municipalityCode(), type, startedOn, "manual", staff.username());
		if (recorded) {
			access.changed(staff, AuditAction.CREATE, citizen, facts.history().municipalityCode(), "rehab-effort");
		}
		return recorded;
	}

	@Override
	public boolean recordStart(CitizenId citizen, int municipalityCode, String offerType, LocalDate startedOn,
			String source) {
		var recorded = insert(citizen, municipalityCode, offerType, startedOn, source, SYSTEM);
		if (recorded) {
			access.recordAll(java.util.List.of(new AuditRecord(SYSTEM, AuditAction.CREATE,
					"citizen/" + citizen.value(), "rehab-effort", source, municipalityCode)));
		}
		return recorded;
	}

	private boolean insert(CitizenId citizen, int municipalityCode, String offerType, LocalDate startedOn,
			String source, String by) {
		return jdbc.sql("""
				insert into rehab.effort_start (citizen, municipality_code, offer_type, started_on, source, recorded_by,
				       recorded_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(citizen.value(), municipalityCode, offerType, startedOn, source, by,
					Timestamp.from(clock.instant()))
			.update() > 0;
	}

	/** The id of the course the citizen has of the type that started on the day, if any. */
	Optional<UUID> course(CitizenId citizen, CourseType type, LocalDate startedOn) {
		return jdbc.sql("select id from rehab.course where citizen = ? and type = ? and started_on = ?")
			.params(citizen.value(), type.name(), startedOn)
			.query(UUID.class)
			.optional();
	}

}
