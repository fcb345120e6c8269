package dk.jobvej.results.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.identity.Organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-time persons of the municipality as last computed, a year at a time, with the share of the
 * labour force, and the benchmark sets to compare with.
 */
@Service
@Transactional(readOnly = true)
public class FteReport {

	private final JdbcClient jdbc;

	private final LabourForces labourForces;

	private final Organisation organisation;

	private final Clock clock;

	FteReport(JdbcClient jdbc, LabourForces labourForces, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.labourForces = labourForces;
		this.organisation = organisation;
		this.clock = clock;
	}

	public FteYear mine(int year) {
		return of(organisation.signedIn().municipalityCode(), year);
	}

	/** The year's months that have figures, per benefit, with totals and the share of the labour force. */
	public FteYear of(int municipalityCode, int year) {
		var persons = new EnumMap<BenefitType, double[]>(BenefitType.class);
		for (var type : BenefitType.values()) {
			persons.put(type, new double[12]);
		}
		var months = new boolean[12];
		jdbc.sql("""
				select extract(month from month)::int, benefit, persons from results.full_time_persons
				 where municipality_code = ? and month between ? and ?
				""")
			.params(municipalityCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1))
			.query(rs -> {
				var m = rs.getInt(1) - 1;
				months[m] = true;
				persons.get(BenefitType.valueOf(rs.getString(2)))[m] = rs.getDouble(3);
			});
		var withFigures = new ArrayList<YearMonth>();
		for (var m = 0; m < 12; m++) {
			if (months[m]) {
				withFigures.add(YearMonth.of(year, m + 1));
			}
		}
		var table = new FteTable(YearMonth.of(year, 1), 12, persons);
		var labourForce = labourForces.forYear(municipalityCode, year);
		return new FteYear(year, withFigures, table, labourForce.orElse(null), refreshedAt(municipalityCode),
				years(municipalityCode));
	}

	private List<Integer> years(int municipalityCode) {
		return jdbc.sql("""
				select distinct extract(year from month)::int from results.full_time_persons
				 where municipality_code = ? order by 1 desc
				""").param(municipalityCode).query(Integer.class).list();
	}

	private @Nullable Instant refreshedAt(int municipalityCode) {
		return jdbc.sql("select refreshed_at from results.refresh where municipality_code = ?")
			.param(municipalityCode)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(null);
	}

	/** The latest year with figures, else the current year. */
	public int latestYear(int municipalityCode) {
		var years = years(municipalityCode);
		return years.isEmpty() ? LocalDate.now(clock).getYear() : years.getFirst();
	}

	/**
	 * A year of full-time persons: the months with figures, the table, and the labour force used
	 * for the share (that year's, or the nearest year's).
	 */
	public record FteYear(int year, List<YearMonth> months, FteTable table,
			LabourForces.@Nullable LabourForce labourForce, @Nullable Instant refreshedAt, List<Integer> years) {

		/** The share of the labour force on public support in the month, in per cent. */
		public Optional<Double> share(YearMonth month) {
			return labourForce == null ? Optional.empty()
					: Optional.of(100 * table.total(month) / labourForce.persons());
		}

		/** The latest month with figures. */
		public Optional<YearMonth> latest() {
			return months.isEmpty() ? Optional.empty() : Optional.of(months.getLast());
		}

		/** The full-time persons on the benefit in the month, rounded to whole persons as the seed prints them. */
		public BigDecimal rounded(BenefitType type, YearMonth month) {
			return BigDecimal.valueOf(table.of(type, month)).setScale(0, java.math.RoundingMode.HALF_UP);
		}

	}

}
