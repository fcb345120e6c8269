package dk.jobvej.smalljobs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.employer.Cvr;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.smalljobs.Gln;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small tasks: reported by companies on the public form (no login), confirmed or rejected by the bureau.
 * A task is at least {@code minimumHours} a week (seed 000), starts no earlier than today, names a
 * known collective agreement, a valid CVR number (modulus 11) and, for a public employer, a valid
 * EAN/GLN number (GS1 check digit).
 */
@Service
public class Tasks {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SmallJobsProperties properties;

	private final Bureaus bureaus;

	private final Organisation organisation;

	Tasks(JdbcClient jdbc, Clock clock, SmallJobsProperties properties, Bureaus bureaus, Organisation organisation) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.bureaus = bureaus;
		this.organisation = organisation;
	}

	/** The collective agreements with a wage in force today, by name. */
	public List<Agreement> agreements() {
		return jdbc.sql("""
				select code, name from smalljobs.agreement a
				where exists (select 1 from smalljobs.agreement_wage w where w.agreement = a.code and w.valid_from <= ?)
				order by name""")
			.param(LocalDate.now(clock))
			.query((rs, n) -> new Agreement(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** A collective agreement (overenskomst) by its code and proper name. */
	public record Agreement(String code, String name) {
	}

	/** A company reports a task to the bureau; not confirmed until the bureau does. */
	@Transactional
	public UUID report(Bureau bureau, TaskReport report) {
		check(report);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into smalljobs.task (id, bureau, company_name, cvr, ean, contact_name, contact_email,
				    contact_phone, title, description, street, postcode, city, starts_on, hours_per_week, agreement,
				    status, reported_at, municipality_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REPORTED', ?, ?)""")
			.params(id, bureau.id(), report.companyName(), Cvr.tryParse(report.cvr()).orElseThrow().value(),
					report.ean() == null ? null : Gln.tryParse(report.ean()).orElseThrow().value(),
					report.contactName(), report.contactEmail(), report.contactPhone(), report.title(),
					report.description(), report.street(), report.postcode(), report.city(), report.startsOn(),
					report.hoursPerWeek(), report.agreement(), Timestamp.from(clock.instant()),
					bureau.municipalityCode())
			.update();
		return id;
	}

	private void check(TaskReport report) {
		for (var text : new String[][] { { "companyName", report.companyName() }, { "contactName", report.contactName() },
				{ "contactEmail", report.contactEmail() }, { "title", report.title() },
				{ "description", report.description() }, { "street", report.street() }, { "city", report.city() } }) {
			Texts.check(text[0], text[1], "smalljobs.validation.control");
		}
		if (Cvr.tryParse(report.cvr()).isEmpty()) {
			throw new RuleViolation("cvr", "smalljobs.cvr.invalid");
		}
		if (report.ean() != null && Gln.tryParse(report.ean()).isEmpty()) {
			throw new RuleViolation("ean", "smalljobs.ean.invalid");
		}
		if (report.hoursPerWeek() < properties.minimumHours()) {
			throw new RuleViolation("hoursPerWeek", "smalljobs.task.minimumHours", properties.minimumHours());
		}
		if (report.startsOn().isBefore(LocalDate.now(clock))) {
			throw new RuleViolation("startsOn", "smalljobs.task.past");
		}
		if (agreements().stream().noneMatch(agreement -> agreement.code().equals(report.agreement()))) {
			throw new RuleViolation("agreement", "smalljobs.task.agreement");
		}
	}

	/** The bureau confirms (or rejects) a reported task. */
	@Transactional
	public void decide(UUID task, boolean confirm) {
		var bureau = bureaus.signedInBureau();
		var found = ofBureau(bureau, task);
		if (found.status() != TaskStatus.REPORTED) {
			throw new RuleViolation("status", "smalljobs.task.decided");
		}
		jdbc.sql("update smalljobs.task set status = ?, decided_by = ?, decided_at = ? where id = ?")
			.params((confirm ? TaskStatus.CONFIRMED : TaskStatus.REJECTED).name(),
					organisation.signedIn().username(), Timestamp.from(clock.instant()), task)
			.update();
	}

	/** A task of the bureau; another bureau's task does not exist for it. */
	public Task ofBureau(Bureau bureau, UUID id) {
		return jdbc.sql(SELECT + " where id = ? and bureau = ?")
			.params(id, bureau.id())
			.query(Tasks::task)
			.optional()
			.orElseThrow(() -> new NotFound("smalljobs.task.notFound"));
	}

	public List<Task> list(Bureau bureau) {
		return jdbc.sql(SELECT + " where bureau = ? order by reported_at desc limit 500")
			.param(bureau.id())
			.query(Tasks::task)
			.list();
	}

	private static final String SELECT = """
			select id, bureau, company_name, cvr, ean, contact_name, contact_email, contact_phone, title,
			    description, street, postcode, city, starts_on, hours_per_week, agreement, status
			from smalljobs.task""";

	static Task task(ResultSet rs, int n) throws SQLException {
		return new Task(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getObject(14, LocalDate.class), rs.getInt(15),
				rs.getString(16), TaskStatus.valueOf(rs.getString(17)));
	}

}
