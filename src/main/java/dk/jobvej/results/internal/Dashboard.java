package dk.jobvej.results.internal;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dk.jobvej.identity.Organisation;
import dk.jobvej.results.Measure;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the leaders' dashboard: the municipality's KPIs with their measures' figures for the
 * year, month by month, against the year's target, with a forecast, per goal; and per unit.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private final KpiService kpis;

	private final MeasureFigures figures;

	private final LiveMeasures live;

	private final Organisation organisation;

	private final JdbcClient jdbc;

	private final ResultsProperties properties;

	private final Clock clock;

	Dashboard(KpiService kpis, MeasureFigures figures, LiveMeasures live, Organisation organisation, JdbcClient jdbc,
			ResultsProperties properties, Clock clock) {
		this.kpis = kpis;
		this.figures = figures;
		this.live = live;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** The signed-in member of staff's municipality, for the year, for one unit or all (null). */
	public DashboardView of(int year, @Nullable UUID unitId, Locale locale) {
		return of(organisation.signedIn().municipalityCode(), year, unitId, locale);
	}

	public DashboardView of(int municipalityCode, int year, @Nullable UUID unitId, Locale locale) {
		var today = LocalDate.now(clock);
		var all = kpis.ofYear(municipalityCode, year);
		var measures = all.stream().map(KpiService.YearKpi::measure).filter(live::isLive).distinct().toList();
		var byUnit = figures.byUnit(municipalityCode, year, today, measures);
		var totals = figures.total(municipalityCode, year, today, measures, byUnit);
		var units = organisation.units(municipalityCode)
			.stream()
			.map(unit -> new DashboardView.Option(unit.id().value(), unit.name()))
			.toList();
		var chosen = units.stream().filter(unit -> unit.id().equals(unitId)).findFirst().orElse(null);
		var months = Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.SHORT, locale)).toList();
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		var window = properties.forecastWindow();

		var cards = new LinkedHashMap<Integer, List<DashboardView.Card>>();
		for (var kpi : all) {
			var isLive = live.isLive(kpi.measure());
			var values = new double[12];
			if (isLive) {
				var source = chosen == null ? totals.get(kpi.measure())
						: byUnit.getOrDefault(kpi.measure(), Map.of()).get(chosen.id());
				if (source != null) {
					values = source;
				}
			}
			var kpiFigures = new KpiFigures(kpi.targetKind(), kpi.target(), values,
					isLive ? known(kpi.measure(), year, today) : 0);
			var forecast = kpiFigures.forecast(window);
			cards.computeIfAbsent(kpi.goal(), goal -> new ArrayList<>())
				.add(new DashboardView.Card(kpi.id(), kpi.name(locale), kpi.measure(), isLive,
						kpi.measure().sourceModule(), kpi.targetKind(), kpi.target(), kpi.targetSource(),
						IntStream.range(0, kpiFigures.known()).mapToObj(m -> format.format(kpiFigures.months()[m])).toList(),
						format.format(kpiFigures.actual()),
						forecast.isPresent() ? format.format(forecast.getAsDouble()) : "",
						chosen == null ? kpiFigures.onTrack(window) : null,
						isLive ? KpiChart.of(kpiFigures, months, window, format::format) : null, kpiFigures));
		}
		var sections = kpis.goals()
			.stream()
			.filter(goal -> cards.containsKey(goal.number()))
			.map(goal -> new DashboardView.Section(goal.number(), goal.title(locale), cards.get(goal.number())))
			.toList();

		var liveKpis = all.stream().filter(kpi -> live.isLive(kpi.measure())).toList();
		var columns = liveKpis.stream().map(kpi -> kpi.name(locale)).toList();
		var rows = new ArrayList<DashboardView.UnitRow>();
		for (var unit : units) {
			var cells = new ArrayList<String>();
			var any = false;
			for (var kpi : liveKpis) {
				var row = byUnit.getOrDefault(kpi.measure(), Map.of()).get(unit.id());
				any |= row != null;
				var unitFigures = new KpiFigures(kpi.targetKind(), null, row == null ? new double[12] : row,
						known(kpi.measure(), year, today));
				cells.add(format.format(unitFigures.actual()));
			}
			if (any) {
				rows.add(new DashboardView.UnitRow(unit.id(), unit.name(), cells));
			}
		}
		rows.sort(Comparator.comparing(DashboardView.UnitRow::name));

		var years = IntStream.rangeClosed(today.getYear() - properties.years(), today.getYear()).boxed()
			.sorted(Comparator.reverseOrder())
			.toList();
		return new DashboardView(year, years, chosen, units, months, sections, columns, rows, refreshedAt(municipalityCode),
				window);
	}

	/** The months of the year with final figures of the measure on the day. */
	static int known(Measure measure, int year, LocalDate today) {
		if (year < today.getYear() - 1) {
			return 12;
		}
		if (year < today.getYear()) {
			return 12 - Math.max(0, measure.lagMonths() - (today.getMonthValue() - 1));
		}
		if (year > today.getYear()) {
			return 0;
		}
		return Math.max(0, today.getMonthValue() - 1 - measure.lagMonths());
	}

	private @Nullable Instant refreshedAt(int municipalityCode) {
		return jdbc.sql("select refreshed_at from results.refresh where municipality_code = ?")
			.param(municipalityCode)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(null);
	}

}
