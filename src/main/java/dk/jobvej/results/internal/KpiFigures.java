package dk.jobvej.results.internal;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

/**
 * A KPI's figures for one year: the value of each month (January first), how many months have
 * final figures, and the target. The forecast for the year is the months with figures plus, for
 * each remaining month, the average of the latest {@code window} months with figures; for a
 * monthly-average target it is that year total divided by 12.
 */
public record KpiFigures(TargetKind kind, @Nullable BigDecimal target, double[] months, int known) {

	public KpiFigures {
		months = months.clone();
		if (months.length != 12 || known < 0 || known > 12) {
			throw new IllegalArgumentException("twelve months, at most twelve known");
		}
	}

	/** The year so far: the total, or the average per month, of the months with figures; 0 before any. */
	public double actual() {
		if (known == 0) {
			return 0;
		}
		var sum = sumKnown();
		return kind == TargetKind.YEAR_TOTAL ? sum : sum / known;
	}

	/** The recent monthly level the forecast carries forward: the average of the latest months with figures. */
	public OptionalDouble recentLevel(int window) {
		if (known == 0) {
			return OptionalDouble.empty();
		}
		var from = Math.max(0, known - window);
		var sum = 0.0;
		for (var m = from; m < known; m++) {
			sum += months[m];
		}
		return OptionalDouble.of(sum / (known - from));
	}

	/** The expected figure for the whole year, comparable with the target; empty before any month has figures. */
	public OptionalDouble forecast(int window) {
		var level = recentLevel(window);
		if (level.isEmpty()) {
			return OptionalDouble.empty();
		}
		var year = sumKnown() + level.getAsDouble() * (12 - known);
		return OptionalDouble.of(kind == TargetKind.YEAR_TOTAL ? year : year / 12);
	}

	/** Whether the forecast reaches the target; null without a target or a forecast. */
	public @Nullable Boolean onTrack(int window) {
		var forecast = forecast(window);
		if (target == null || forecast.isEmpty()) {
			return null;
		}
		return forecast.getAsDouble() + 1e-9 >= target.doubleValue();
	}

	/** The target a month is held against: the monthly average, or a twelfth of the year's total. */
	public @Nullable Double monthlyTarget() {
		if (target == null) {
			return null;
		}
		return kind == TargetKind.YEAR_TOTAL ? target.doubleValue() / 12 : target.doubleValue();
	}

	private double sumKnown() {
		var sum = 0.0;
		for (var m = 0; m < known; m++) {
			sum += months[m];
		}
		return sum;
	}

}
