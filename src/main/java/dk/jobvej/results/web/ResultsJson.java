package dk.jobvej.results.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.results.Measure;
import dk.jobvej.results.internal.DashboardView;
import dk.jobvej.results.internal.FteReport.FteYear;
import dk.jobvej.results.internal.Kpi;
import dk.jobvej.results.internal.TargetKind;

import org.jspecify.annotations.Nullable;

/** What the results API answers. */
final class ResultsJson {

	private ResultsJson() {
	}

	record Target(int year, BigDecimal target, String source) {
	}

	record KpiJson(UUID id, int goal, String nameDa, String nameEn, Measure measure, TargetKind targetKind,
			boolean live, List<Target> targets, @Nullable Integer version) {
		static KpiJson of(Kpi kpi, boolean live) {
			return new KpiJson(kpi.id(), kpi.goal(), kpi.nameDa(), kpi.nameEn(), kpi.measure(), kpi.targetKind(), live,
					kpi.targetsList().stream().map(t -> new Target(t.year(), t.target(), t.source())).toList(),
					kpi.version());
		}
	}

	/**
	 * A KPI on the dashboard: the month values (January first) of the months with final figures,
	 * the year so far, the forecast and whether it reaches the target. A measure without a source
	 * has no figures and names the module it waits for.
	 */
	record KpiResult(UUID id, int goal, String name, Measure measure, boolean live, @Nullable String waitsFor,
			TargetKind targetKind, @Nullable BigDecimal target, List<Double> months, @Nullable Double actual,
			@Nullable Double forecast, @Nullable Boolean onTrack) {
	}

	record Dashboard(int year, @Nullable UUID unit, String forecastMethod, @Nullable Instant refreshedAt,
			List<KpiResult> kpis) {
		static Dashboard of(DashboardView view, String forecastMethod) {
			var kpis = new ArrayList<KpiResult>();
			for (var goal : view.goals()) {
				for (var card : goal.kpis()) {
					var figures = card.figures();
					var months = new ArrayList<Double>();
					for (var m = 0; m < figures.known(); m++) {
						months.add(figures.months()[m]);
					}
					var forecast = figures.forecast(view.forecastWindow());
					kpis.add(new KpiResult(card.id(), goal.number(), card.name(), card.measure(), card.live(),
							card.live() ? null : card.sourceModule(), card.kind(), card.target(), months,
							card.live() ? figures.actual() : null,
							forecast.isPresent() ? forecast.getAsDouble() : null, card.onTrack()));
				}
			}
			return new Dashboard(view.year(), view.unit() == null ? null : view.unit().id(), forecastMethod,
					view.refreshedAt(), kpis);
		}
	}

	record FteMonth(YearMonth month, Map<BenefitType, Double> persons, double total, @Nullable Double shareOfLabourForce) {
	}

	record Fte(int year, @Nullable Instant refreshedAt, @Nullable Integer labourForce, @Nullable Integer labourForceYear,
			@Nullable String labourForceSource, List<FteMonth> months) {
		static Fte of(FteYear year) {
			var months = new ArrayList<FteMonth>();
			for (var month : year.months()) {
				var persons = new LinkedHashMap<BenefitType, Double>();
				for (var type : BenefitType.values()) {
					persons.put(type, year.table().of(type, month));
				}
				months.add(new FteMonth(month, persons, year.table().total(month), year.share(month).orElse(null)));
			}
			var force = year.labourForce();
			return new Fte(year.year(), year.refreshedAt(), force == null ? null : force.persons(),
					force == null ? null : force.year(), force == null ? null : force.source(), months);
		}
	}

	record Refreshed(int citizens, int periods, long millis) {
	}

	record Created(UUID id) {
	}

	record ReportStatus(UUID id, int progress, String step, boolean done, boolean failed, @Nullable String pdf,
			@Nullable String xlsx) {
	}

}
