package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.smalljobs.CitizenHiredDirectly;
import dk.jobvej.smalljobs.SmallJobStarted;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizens' course through the bureau: the jobcenter refers an activity-ready citizen (opened
 * through need-to-know), the bureau prepares them (modning, at most {@code maturingWeeks}), employs them
 * on a confirmed task, registers the hours week by week and ends the small job, by direct hire where
 * possible. The bureau sees only its own referrals, and every read of one is audited.
 */
@Service
public class Referrals {

	private final JdbcClient jdbc;

	private final CitizenRegister citizens;

	private final AuditLog audit;

	private final Organisation organisation;

	private final Bureaus bureaus;

	private final Tasks tasks;

	private final ApplicationEventPublisher events;

	private final SmallJobsProperties properties;

	private final Clock clock;

	Referrals(JdbcClient jdbc, CitizenRegister citizens, AuditLog audit, Organisation organisation, Bureaus bureaus,
			Tasks tasks, ApplicationEventPublisher events, SmallJobsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.audit = audit;
		this.organisation = organisation;
		this.bureaus = bureaus;
		this.tasks = tasks;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The jobcenter refers a visited activity-ready citizen to a bureau of its municipality. */
	@Transactional
	public UUID refer(CitizenId citizen, UUID bureauId, String note) {
		var me = organisation.signedIn();
		Texts.check("note", note, "smalljobs.validation.control");
		var facts = citizens.open(citizen, "smalljobs-referral");
		var bureau = bureaus.byId(bureauId);
		if (bureau.municipalityCode() != me.municipalityCode()) {
			throw new RuleViolation("bureau", "smalljobs.bureau.notFound");
		}
		var today = LocalDate.now(clock);
		if (facts.history().categoryOn(today).filter(VisitationCategory.AKTIVITETSPARAT::equals).isEmpty()) {
			throw new RuleViolation("citizen", "smalljobs.referral.notActivityReady");
		}
		var id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into smalljobs.referral (id, bureau, citizen, citizen_name, referred_by, referred_on, note,
					    status, municipality_code)
					values (?, ?, ?, ?, ?, ?, ?, 'REFERRED', ?)""")
				.params(id, bureau.id(), citizen.value(), facts.name(), me.username(), today, note,
						facts.history().municipalityCode())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("citizen", "smalljobs.referral.duplicate");
		}
		audit.record(new AuditRecord(me.username(), AuditAction.CREATE, subject(citizen), "smalljobs-referral", null,
				facts.history().municipalityCode()));
		return id;
	}

	/** The signed-in bureau's referrals, each audited as a read. */
	@Transactional
	public List<Referral> list() {
		var bureau = bureaus.signedInBureau();
		var found = jdbc.sql(SELECT + " where bureau = ? order by status = 'ENDED', referred_on desc limit 500")
			.param(bureau.id())
			.query(Referrals::referral)
			.list();
		var me = organisation.signedIn().username();
		audit.recordAll(found.stream()
			.map(referral -> new AuditRecord(me, AuditAction.READ, subject(referral.citizen()), "smalljobs-list", null,
					referral.municipalityCode()))
			.toList());
		return found;
	}

	/** One of the signed-in bureau's referrals with its small jobs; audited as a read. */
	@Transactional
	public Referral view(UUID id) {
		var referral = ofBureau(id);
		audit.record(new AuditRecord(organisation.signedIn().username(), AuditAction.READ, subject(referral.citizen()),
				"smalljobs-referral", null, referral.municipalityCode()));
		return referral;
	}

	public List<Employment> employments(UUID referral) {
		return jdbc.sql(EMPLOYMENT + " where referral = ? order by started_on").param(referral)
			.query(Referrals::employment).list();
	}

	/** The bureau starts the preparation (modning); it lasts at most {@code maturingWeeks} weeks. */
	@Transactional
	public void startMaturing(UUID id, LocalDate from) {
		var referral = ofBureau(id);
		if (referral.status() != ReferralStatus.REFERRED) {
			throw new RuleViolation("status", "smalljobs.referral.notReferred");
		}
		if (from.isBefore(referral.referredOn())) {
			throw new RuleViolation("from", "smalljobs.maturing.beforeReferral");
		}
		var to = from.plusWeeks(properties.maturingWeeks()).minusDays(1);
		jdbc.sql("update smalljobs.referral set status = 'MATURING', maturing_from = ?, maturing_to = ?, "
				+ "version = version + 1 where id = ?").params(from, to, id).update();
		change(referral, "smalljobs-maturing");
	}

	/** The bureau employs the citizen on a confirmed task: a small job starts. */
	@Transactional
	public UUID employ(UUID id, UUID taskId, LocalDate from, int hoursPerWeek) {
		var referral = ofBureau(id);
		var bureau = bureaus.signedInBureau();
		var task = tasks.ofBureau(bureau, taskId);
		if (referral.status() != ReferralStatus.REFERRED && referral.status() != ReferralStatus.MATURING) {
			throw new RuleViolation("status", "smalljobs.referral.notOpen");
		}
		if (task.status() != TaskStatus.CONFIRMED) {
			throw new RuleViolation("task", "smalljobs.task.notConfirmed");
		}
		if (hoursPerWeek < properties.minimumHours()) {
			throw new RuleViolation("hoursPerWeek", "smalljobs.task.minimumHours", properties.minimumHours());
		}
		if (from.isBefore(referral.referredOn())) {
			throw new RuleViolation("from", "smalljobs.maturing.beforeReferral");
		}
		var wage = wageOn(task.agreement(), from);
		var rate = bureaus.rateOn(bureau.id(), from);
		var employment = UUID.randomUUID();
		jdbc.sql("""
				insert into smalljobs.employment (id, referral, task, mentor, hours_per_week, hourly_wage, bureau_rate,
				    started_on, municipality_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(employment, id, task.id(), organisation.signedIn().username(), hoursPerWeek, wage, rate, from,
					referral.municipalityCode())
			.update();
		var maturingTo = referral.maturingTo() != null && referral.maturingTo().isAfter(from.minusDays(1))
				? from.minusDays(1) : referral.maturingTo();
		if (referral.maturingFrom() != null && maturingTo != null && maturingTo.isBefore(referral.maturingFrom())) {
			maturingTo = referral.maturingFrom();
		}
		jdbc.sql("update smalljobs.referral set status = 'EMPLOYED', maturing_to = ?, version = version + 1 where id = ?")
			.params(maturingTo, id).update();
		change(referral, "smalljobs-employment");
		events.publishEvent(new SmallJobStarted(employment, referral.citizen(), task.cvr(), hoursPerWeek, from,
				referral.municipalityCode()));
		return employment;
	}

	/** The hours of one ISO week (any day of it), registered by the bureau; an invoiced week is final. */
	@Transactional
	public void registerHours(UUID employmentId, LocalDate anyDayOfWeek, BigDecimal hours) {
		var employment = employmentOfBureau(employmentId);
		var monday = anyDayOfWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var firstMonday = employment.startedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (monday.isBefore(firstMonday) || (employment.endedOn() != null && monday.isAfter(employment.endedOn()))) {
			throw new RuleViolation("week", "smalljobs.hours.outside");
		}
		if (monday.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("week", "smalljobs.hours.future");
		}
		if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(48)) > 0 || hours.scale() > 2) {
			throw new RuleViolation("hours", "smalljobs.hours.range");
		}
		var invoiced = jdbc.sql("select count(*) from smalljobs.invoice_line where employment = ? and week_start = ?")
			.params(employmentId, monday).query(Integer.class).single();
		if (invoiced > 0) {
			throw new RuleViolation("week", "smalljobs.hours.invoiced");
		}
		jdbc.sql("""
				insert into smalljobs.week_hours (employment, week_start, hours, registered_by, registered_at)
				values (?, ?, ?, ?, ?)
				on conflict (employment, week_start) do update set hours = excluded.hours,
				    registered_by = excluded.registered_by, registered_at = excluded.registered_at""")
			.params(employmentId, monday, hours, organisation.signedIn().username(), Timestamp.from(clock.instant()))
			.update();
	}

	public List<WeekHours> hours(UUID employment) {
		return jdbc.sql("select week_start, hours from smalljobs.week_hours where employment = ? order by week_start")
			.param(employment)
			.query((rs, n) -> new WeekHours(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
			.list();
	}

	/** Ends a small job; a direct hire by the company is an exit to job and is published. */
	@Transactional
	public void end(UUID employmentId, LocalDate on, EndReason reason) {
		var employment = employmentOfBureau(employmentId);
		if (employment.endedOn() != null) {
			throw new RuleViolation("status", "smalljobs.employment.ended");
		}
		if (on.isBefore(employment.startedOn())) {
			throw new RuleViolation("on", "smalljobs.employment.beforeStart");
		}
		if (reason == EndReason.RETURNED) {
			throw new RuleViolation("reason", "smalljobs.employment.reason");
		}
		var referral = ofBureau(employment.referral());
		jdbc.sql("update smalljobs.employment set ended_on = ?, end_reason = ? where id = ?")
			.params(on, reason.name(), employmentId).update();
		jdbc.sql("update smalljobs.referral set status = 'ENDED', ended_on = ?, end_reason = ?, version = version + 1 "
				+ "where id = ?").params(on, reason.name(), referral.id()).update();
		change(referral, "smalljobs-end");
		if (reason == EndReason.DIRECT_HIRE) {
			var task = tasks.ofBureau(bureaus.signedInBureau(), employment.task());
			events.publishEvent(new CitizenHiredDirectly(employmentId, referral.citizen(), task.cvr(), on.plusDays(1),
					referral.municipalityCode()));
		}
	}

	/** Sends a citizen back to the jobcenter without a small job (after preparation). */
	@Transactional
	public void returnToJobcenter(UUID id, LocalDate on) {
		var referral = ofBureau(id);
		if (referral.status() != ReferralStatus.REFERRED && referral.status() != ReferralStatus.MATURING) {
			throw new RuleViolation("status", "smalljobs.referral.notOpen");
		}
		jdbc.sql("update smalljobs.referral set status = 'ENDED', ended_on = ?, end_reason = 'RETURNED', "
				+ "maturing_to = case when maturing_to > ? then ? else maturing_to end, version = version + 1 where id = ?")
			.params(on, on, on, id).update();
		change(referral, "smalljobs-return");
	}

	BigDecimal wageOn(String agreement, LocalDate day) {
		return jdbc.sql("""
				select hourly_wage from smalljobs.agreement_wage where agreement = ? and valid_from <= ?
				order by valid_from desc limit 1""")
			.params(agreement, day)
			.query(BigDecimal.class)
			.optional()
			.orElseThrow(() -> new RuleViolation("task", "smalljobs.task.agreement"));
	}

	private Referral ofBureau(UUID id) {
		var bureau = bureaus.signedInBureau();
		return jdbc.sql(SELECT + " where id = ? and bureau = ?")
			.params(id, bureau.id())
			.query(Referrals::referral)
			.optional()
			.orElseThrow(() -> new NotFound("smalljobs.referral.notFound"));
	}

	/** A small job of the signed-in bureau; another bureau's does not exist for it. */
	public Employment employmentOfBureau(UUID id) {
		var bureau = bureaus.signedInBureau();
		return jdbc.sql(EMPLOYMENT + " where id = ? and referral in (select id from smalljobs.referral where bureau = ?)")
			.params(id, bureau.id())
			.query(Referrals::employment)
			.optional()
			.orElseThrow(() -> new NotFound("smalljobs.employment.notFound"));
	}

	private void change(Referral referral, String what) {
		audit.record(new AuditRecord(organisation.signedIn().username(), AuditAction.CHANGE, subject(referral.citizen()),
				what, null, referral.municipalityCode()));
	}

	static String subject(CitizenId citizen) {
		return "citizen/" + citizen.value();
	}

	private static final String SELECT = """
			select id, bureau, citizen, citizen_name, referred_by, referred_on, note, maturing_from, maturing_to, status,
			    ended_on, end_reason, municipality_code
			from smalljobs.referral""";

	private static final String EMPLOYMENT = """
			select id, referral, task, mentor, hours_per_week, hourly_wage, bureau_rate, started_on, ended_on, end_reason
			from smalljobs.employment""";

	private static Referral referral(ResultSet rs, int n) throws SQLException {
		return new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				new CitizenId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, LocalDate.class),
				rs.getObject(9, LocalDate.class), ReferralStatus.valueOf(rs.getString(10)),
				rs.getObject(11, LocalDate.class), reason(rs.getString(12)), rs.getInt(13));
	}

	static Employment employment(ResultSet rs, int n) throws SQLException {
		return new Employment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getString(4), rs.getInt(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getObject(8, LocalDate.class),
				rs.getObject(9, LocalDate.class), reason(rs.getString(10)));
	}

	private static @Nullable EndReason reason(@Nullable String value) {
		return value == null ? null : EndReason.valueOf(value);
	}

	/** Hours of one ISO week. */
	public record WeekHours(LocalDate weekStart, BigDecimal hours) {
	}

}
