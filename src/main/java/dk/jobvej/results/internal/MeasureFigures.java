package dk.jobvej.results.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.results.Measure;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the facts of a year month by month: a flow counts its facts in the month; a stock counts
 * the distinct citizens (or facts without a citizen) whose fact runs in the month. A fact counts
 * once it is known on the day asked.
 */
@Repository
class MeasureFigures {

	/** The key of facts without a unit in the per-unit figures. */
	static final UUID NO_UNIT = new UUID(0, 0);

	private final JdbcClient jdbc;

	MeasureFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per measure, unit and month (index 0 is January) of the year. */
	Map<Measure, Map<UUID, double[]>> byUnit(int municipalityCode, int year, LocalDate today,
			Collection<Measure> measures) {
		var figures = new EnumMap<Measure, Map<UUID, double[]>>(Measure.class);
		var flows = names(measures, Measure.Kind.FLOW);
		var stocks = names(measures, Measure.Kind.STOCK);
		var start = Date.valueOf(LocalDate.of(year, 1, 1));
		var end = Date.valueOf(LocalDate.of(year, 12, 1));
		if (!flows.isEmpty()) {
			jdbc.sql("""
					select measure, unit, extract(month from month)::int, count(*) from results.fact
					 where municipality_code = ? and month between ? and ? and known_from <= ? and measure in (%s)
					 group by measure, unit, extract(month from month)
					""".formatted(flows))
				.params(municipalityCode, start, end, Date.valueOf(today))
				.query(rs -> {
					put(figures, rs.getString(1), rs.getObject(2, UUID.class), rs.getInt(3), rs.getLong(4));
				});
		}
		if (!stocks.isEmpty()) {
			jdbc.sql("""
					select f.measure, f.unit, extract(month from g.m)::int, count(distinct coalesce(f.subject::text, f.id::text))
					  from results.fact f
					  join generate_series(?::date, ?::date, interval '1 month') as g(m)
					    on g.m >= f.month and (f.last_month is null or g.m <= f.last_month) and g.m <= ?
					 where f.municipality_code = ? and f.known_from <= ? and f.measure in (%s)
					 group by f.measure, f.unit, extract(month from g.m)
					""".formatted(stocks))
				.params(start, end, Date.valueOf(YearMonth.from(today).atDay(1)), municipalityCode, Date.valueOf(today))
				.query(rs -> {
					put(figures, rs.getString(1), rs.getObject(2, UUID.class), rs.getInt(3), rs.getLong(4));
				});
		}
		return figures;
	}

	/** Per measure and month for the whole municipality; stocks count each citizen once across units. */
	Map<Measure, double[]> total(int municipalityCode, int year, LocalDate today, Collection<Measure> measures,
			Map<Measure, Map<UUID, double[]>> byUnit) {
		var totals = new EnumMap<Measure, double[]>(Measure.class);
		for (var measure : measures) {
			var sum = new double[12];
			if (measure.kind() == Measure.Kind.FLOW) {
				byUnit.getOrDefault(measure, Map.of()).values().forEach(row -> {
					for (var m = 0; m < 12; m++) {
						sum[m] += row[m];
					}
				});
			}
			totals.put(measure, sum);
		}
		var stocks = names(measures, Measure.Kind.STOCK);
		if (!stocks.isEmpty()) {
			jdbc.sql("""
					select f.measure, extract(month from g.m)::int, count(distinct coalesce(f.subject::text, f.id::text))
					  from results.fact f
					  join generate_series(?::date, ?::date, interval '1 month') as g(m)
					    on g.m >= f.month and (f.last_month is null or g.m <= f.last_month) and g.m <= ?
					 where f.municipality_code = ? and f.known_from <= ? and f.measure in (%s)
					 group by f.measure, extract(month from g.m)
					""".formatted(stocks))
				.params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 1)),
						Date.valueOf(YearMonth.from(today).atDay(1)), municipalityCode, Date.valueOf(today))
				.query(rs -> {
					totals.get(Measure.valueOf(rs.getString(1)))[rs.getInt(2) - 1] = rs.getLong(3);
				});
		}
		return totals;
	}

	private static void put(Map<Measure, Map<UUID, double[]>> figures, String measure, @Nullable UUID unit, int month,
			long count) {
		figures.computeIfAbsent(Measure.valueOf(measure), m -> new HashMap<>())
			.computeIfAbsent(unit == null ? NO_UNIT : unit, u -> new double[12])[month - 1] += count;
	}

	private static String names(Collection<Measure> measures, Measure.Kind kind) {
		return String.join(",", measures.stream().filter(m -> m.kind() == kind).map(m -> "'" + m.name() + "'").toList());
	}

}
