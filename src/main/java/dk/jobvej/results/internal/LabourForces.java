package dk.jobvej.results.internal;

import java.util.List;
import java.util.Optional;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditRecord;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labour force (arbejdsstyrke) of a municipality per year, with its source: the denominator of
 * the share on public support. Kept by the administrator; every change audited.
 */
@Service
@Transactional
public class LabourForces {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final AuditLog audit;

	LabourForces(JdbcClient jdbc, Organisation organisation, AuditLog audit) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<LabourForce> of(int municipalityCode) {
		return jdbc.sql("select year, persons, source, version from results.labour_force where municipality_code = ? order by year desc")
			.param(municipalityCode)
			.query((rs, n) -> new LabourForce(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/** The figure for the year: that year's, else the latest before it, else the earliest after it. */
	@Transactional(readOnly = true)
	public Optional<LabourForce> forYear(int municipalityCode, int year) {
		var all = of(municipalityCode);
		return all.stream()
			.filter(force -> force.year() <= year)
			.findFirst()
			.or(() -> all.stream().reduce((later, earlier) -> earlier));
	}

	/** Sets the signed-in administrator's municipality's figure for a year; {@code version} guards a change. */
	public void set(int year, int persons, String source, @Nullable Integer version) {
		var me = organisation.signedIn();
		if (year < 2000 || year > 2999) {
			throw new RuleViolation("year", "results.kpi.year");
		}
		if (persons <= 0 || persons > 10_000_000) {
			throw new RuleViolation("persons", "results.labourForce.persons");
		}
		var cleanSource = ResultsTexts.required("source", source, 500);
		var changed = jdbc.sql("""
				insert into results.labour_force (municipality_code, year, persons, source) values (?, ?, ?, ?)
				on conflict (municipality_code, year) do update set persons = excluded.persons, source = excluded.source,
				    version = results.labour_force.version + 1
				 where ?::integer is null or results.labour_force.version = ?::integer
				""")
			.params(me.municipalityCode(), year, persons, cleanSource, version, version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Labour force " + year + " was changed by someone else");
		}
		audit.record(new AuditRecord(me.username(), AuditAction.CHANGE, "labour-force/" + me.municipalityCode() + "/" + year,
				"labour-force", null, me.municipalityCode()));
	}

	/** A year's labour force and where the figure comes from. */
	public record LabourForce(int year, int persons, String source, int version) {
	}

}
