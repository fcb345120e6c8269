package dk.jobvej.results.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.jobvej.results.Measure;

import org.jspecify.annotations.Nullable;

/**
 * The leaders' dashboard for a year: the KPIs under the minister's goals, each month by month
 * against its target with a chart and a forecast for the year, and the live KPIs per unit.
 *
 * @param unit the unit shown, or null for the whole municipality
 * @param refreshedAt when the benefit histories were last read in full, or null if never
 */
public record DashboardView(int year, List<Integer> years, @Nullable Option unit, List<Option> units,
		List<String> months, List<Section> goals, List<String> unitColumns, List<UnitRow> unitRows,
		@Nullable Instant refreshedAt, int forecastWindow) {

	/** A unit to choose. */
	public record Option(UUID id, String name) {
	}

	/** A goal with its KPIs. */
	public record Section(int number, String title, List<Card> kpis) {
	}

	/**
	 * One KPI.
	 *
	 * @param live whether its measure has a source; if not, {@code sourceModule} is the module it waits for
	 * @param values the figure of each month with figures, formatted
	 * @param actual the year so far, formatted
	 * @param forecast the forecast for the year, formatted, or empty
	 * @param onTrack whether the forecast reaches the target (null: no target, no forecast or a unit shown)
	 */
	public record Card(UUID id, String name, Measure measure, boolean live, String sourceModule, TargetKind kind,
			@Nullable BigDecimal target, @Nullable String targetSource, List<String> values, String actual,
			String forecast, @Nullable Boolean onTrack, @Nullable KpiChart chart, KpiFigures figures) {

		/** The message key of the module the measure comes from. */
		public String moduleKey() {
			return "results.module." + sourceModule;
		}

		/** The message key of the measure's definition. */
		public String measureKey() {
			return "results.measure." + measure.name();
		}

		/** The message key of how the target is stated. */
		public String kindKey() {
			return "results.targetKind." + kind.name();
		}

	}

	/** A unit's figures of the live KPIs for the year so far. */
	public record UnitRow(UUID id, String name, List<String> values) {
	}

}
