package dk.jobvej.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import org.jspecify.annotations.Nullable;

/**
 * A KPI's year as a bar chart drawn on the server (SVG): one bar per month, the months with
 * figures solid, the forecast months pale with a dashed edge, and the monthly target as a line.
 */
public record KpiChart(int width, int height, int plotLeft, int plotBottom, List<Bar> bars, @Nullable Double targetY,
		List<Tick> ticks) {

	static final int WIDTH = 640;

	static final int HEIGHT = 220;

	static final int LEFT = 48;

	static final int TOP = 12;

	static final int BOTTOM = 196;

	/** One month's bar. */
	public record Bar(String label, double x, double labelX, double y, double width, double height, boolean forecast,
			String title) {
	}

	/** A value on the vertical axis and where it is drawn. */
	public record Tick(double y, String label) {
	}

	static KpiChart of(KpiFigures figures, List<String> monthLabels, int window, DoubleFunction<String> format) {
		var level = figures.recentLevel(window);
		var target = figures.monthlyTarget();
		var max = 0.0;
		for (var m = 0; m < figures.known(); m++) {
			max = Math.max(max, figures.months()[m]);
		}
		if (level.isPresent()) {
			max = Math.max(max, level.getAsDouble());
		}
		if (target != null) {
			max = Math.max(max, target);
		}
		max = max <= 0 ? 1 : max * 1.1;
		var slot = (double) (WIDTH - LEFT) / 12;
		var bars = new ArrayList<Bar>();
		for (var m = 0; m < 12; m++) {
			var forecast = m >= figures.known();
			var value = forecast ? (level.isPresent() ? level.getAsDouble() : 0) : figures.months()[m];
			var barHeight = (BOTTOM - TOP) * value / max;
			var x = LEFT + m * slot + slot * 0.15;
			bars.add(new Bar(monthLabels.get(m), x, LEFT + m * slot + slot / 2, BOTTOM - barHeight, slot * 0.7,
					barHeight, forecast, monthLabels.get(m) + ": " + format.apply(value)));
		}
		var ticks = List.of(new Tick(BOTTOM, format.apply(0)), new Tick(BOTTOM - (BOTTOM - TOP) / 2.0, format.apply(max / 2)),
				new Tick(TOP, format.apply(max)));
		var targetY = target == null ? null : BOTTOM - (BOTTOM - TOP) * target / max;
		return new KpiChart(WIDTH, HEIGHT, LEFT, BOTTOM, bars, targetY, ticks);
	}

}
