package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.smalljobs.SmallJobsImport;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link SmallJobsImport} by plain inserts; the wage of a small job is the agreement's on its first day. */
@Component
class JdbcSmallJobsImport implements SmallJobsImport {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcSmallJobsImport(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UUID bureau(SmallJobsImport.Bureau bureau) {
		var existing = jdbc.sql("select id from smalljobs.bureau where slug = ?").param(bureau.slug())
			.query(UUID.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into smalljobs.bureau (id, name, slug, cvr, unit, street, postcode, city, bank_account,
				    municipality_code, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, bureau.name(), bureau.slug(), bureau.cvr(), bureau.unit().value(), bureau.street(),
					bureau.postcode(), bureau.city(), bureau.bankAccount(), bureau.municipalityCode(),
					Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("insert into smalljobs.bureau_rate (bureau, valid_from, hourly_rate) values (?, ?, ?)")
			.params(id, bureau.rateFrom(), bureau.hourlyRate())
			.update();
		return id;
	}

	@Override
	@Transactional
	public void resultRule(UUID bureau, String kind, LocalDate validFrom, BigDecimal amount,
			@Nullable Integer afterWeeks, boolean resultsBased) {
		jdbc.sql("""
				insert into smalljobs.result_rule (bureau, kind, valid_from, amount, after_weeks, results_based)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(bureau, ResultKind.valueOf(kind).name(), validFrom, amount, afterWeeks, resultsBased)
			.update();
	}

	@Override
	@Transactional
	public UUID task(UUID bureau, SmallJobsImport.Task task) {
		var id = UUID.randomUUID();
		var municipality = jdbc.sql("select municipality_code from smalljobs.bureau where id = ?").param(bureau)
			.query(Integer.class).single();
		jdbc.sql("""
				insert into smalljobs.task (id, bureau, company_name, cvr, ean, contact_name, contact_email,
				    contact_phone, title, description, street, postcode, city, starts_on, hours_per_week, agreement,
				    status, reported_at, decided_by, decided_at, municipality_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONFIRMED', ?, 'import', ?, ?)""")
			.params(id, bureau, task.companyName(), task.cvr(), task.ean(), task.contactName(), task.contactEmail(),
					task.contactPhone(), task.title(), task.description(), task.street(), task.postcode(), task.city(),
					task.startsOn(), task.hoursPerWeek(), task.agreement(), Timestamp.valueOf(task.startsOn().atStartOfDay()),
					Timestamp.valueOf(task.startsOn().atStartOfDay()), municipality)
			.update();
		return id;
	}

	@Override
	@Transactional
	public UUID course(UUID bureau, Course course) {
		var id = UUID.randomUUID();
		var job = course.job();
		var status = job != null ? (job.endedOn() != null ? "ENDED" : "EMPLOYED")
				: course.returnedOn() != null ? "ENDED" : course.maturingFrom() != null ? "MATURING" : "REFERRED";
		var endedOn = job != null ? job.endedOn() : course.returnedOn();
		var endReason = job != null ? job.endReason() : course.returnedOn() != null ? "RETURNED" : null;
		jdbc.sql("""
				insert into smalljobs.referral (id, bureau, citizen, citizen_name, referred_by, referred_on, note,
				    maturing_from, maturing_to, status, ended_on, end_reason, municipality_code)
				values (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)""")
			.params(id, bureau, course.citizen().value(), course.citizenName(), course.referredBy(), course.referredOn(),
					course.maturingFrom(), course.maturingTo(), status, endedOn, endReason, course.municipalityCode())
			.update();
		if (job != null) {
			var agreement = jdbc.sql("select agreement from smalljobs.task where id = ?").param(job.task())
				.query(String.class).single();
			var wage = jdbc.sql("""
					select hourly_wage from smalljobs.agreement_wage where agreement = ? and valid_from <= ?
					order by valid_from desc limit 1""").params(agreement, job.startedOn()).query(BigDecimal.class)
				.optional().orElseGet(() -> jdbc.sql("""
						select hourly_wage from smalljobs.agreement_wage where agreement = ? order by valid_from limit 1""")
					.param(agreement).query(BigDecimal.class).single());
			var rate = jdbc.sql("""
					select hourly_rate from smalljobs.bureau_rate where bureau = ? order by valid_from <= ? desc,
					    valid_from desc limit 1""").params(bureau, job.startedOn()).query(BigDecimal.class).single();
			var employment = UUID.randomUUID();
			jdbc.sql("""
					insert into smalljobs.employment (id, referral, task, mentor, hours_per_week, hourly_wage, bureau_rate,
					    started_on, ended_on, end_reason, municipality_code)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(employment, id, job.task(), job.mentor(), job.hoursPerWeek(), wage, rate, job.startedOn(),
						job.endedOn(), job.endReason(), course.municipalityCode())
				.update();
			job.weeklyHours().forEach((monday, hours) -> jdbc.sql("""
					insert into smalljobs.week_hours (employment, week_start, hours, registered_by, registered_at)
					values (?, ?, ?, ?, ?)""")
				.params(employment, monday, hours, job.mentor(), Timestamp.valueOf(monday.plusDays(6).atStartOfDay()))
				.update());
		}
		return id;
	}

	@Override
	public int courses(UUID bureau) {
		return jdbc.sql("select count(*) from smalljobs.referral where bureau = ?").param(bureau).query(Integer.class)
			.single();
	}

}
