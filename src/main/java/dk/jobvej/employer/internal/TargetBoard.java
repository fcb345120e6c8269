package dk.jobvej.employer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.jobvej.employer.internal.Views.TargetLine;
import dk.jobvej.identity.Organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets of the employment plan against the placements started (seed 003, Beskæftigelsesplan
 * 2024): ordinary jobs filled a year, internships and wage-subsidy jobs a month, courses with
 * ordinary hours a month, adult apprenticeships a month, new flexjobs a year. A target is in force
 * from its year until a later year has its own, so next year's plan is a row, not code.
 */
@Service
@Transactional(readOnly = true)
public class TargetBoard {

	/** Which placement types count towards each measure. */
	static final Map<String, List<String>> COUNTED = Map.of("ORDINARY_JOBS_FILLED", List.of("ORDINAERT_JOB"),
			"INTERNSHIPS_AND_WAGE_SUBSIDY", List.of("VIRKSOMHEDSPRAKTIK", "LOENTILSKUD"), "ORDINARY_HOURS",
			List.of("ORDINAERE_TIMER"), "ADULT_APPRENTICESHIPS", List.of("VOKSENLAERLING"), "FLEXJOBS",
			List.of("FLEKSJOB"));

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Clock clock;

	TargetBoard(JdbcClient jdbc, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** Each measure's target in force in the year, against the placements started in it (so far, for this year). */
	public List<TargetLine> year(int year) {
		var municipality = organisation.signedIn().municipalityCode();
		var today = LocalDate.now(clock);
		var months = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue();
		return jdbc.sql("""
				select distinct on (measure) measure, year, amount, per, source from employer.target
				where year <= ? order by measure, year desc""")
			.param(year)
			.query((rs, n) -> {
				var measure = rs.getString(1);
				var actual = jdbc.sql("""
						select count(*) from employer.placement
						where municipality_code = :municipality and type in (:types) and extract(year from from_date) = :year""")
					.param("municipality", municipality)
					.param("types", COUNTED.getOrDefault(measure, List.of("-")))
					.param("year", year)
					.query(Integer.class)
					.single();
				var amount = rs.getInt(3);
				var per = rs.getString(4);
				var perMonth = months == 0 ? 0.0 : (double) actual / months;
				var reached = "MONTH".equals(per) ? perMonth >= amount : actual >= amount;
				return new TargetLine(measure, rs.getInt(2), amount, per, rs.getString(5), actual,
						Math.round(perMonth * 10) / 10.0, months, reached);
			})
			.list();
	}

}
