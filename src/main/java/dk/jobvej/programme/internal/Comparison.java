package dk.jobvej.programme.internal;

import java.util.Random;

/**
 * Participants against controls on one outcome: the difference of the means with a 95 %
 * confidence interval (normal approximation with Welch's standard error) and a two-sided
 * permutation-test p-value (the arms' labels shuffled {@code permutations} times from a seed, so
 * the p-value can be reproduced).
 */
public record Comparison(int participants, int controls, double participantMean, double controlMean,
		double difference, double low, double high, double pValue, int permutations) {

	static final double Z95 = 1.959963984540054;

	static Comparison of(double[] participant, double[] control, long seed, int permutations) {
		var n1 = participant.length;
		var n2 = control.length;
		if (n1 < 2 || n2 < 2) {
			return new Comparison(n1, n2, mean(participant), mean(control), Double.NaN, Double.NaN, Double.NaN,
					Double.NaN, 0);
		}
		var m1 = mean(participant);
		var m2 = mean(control);
		var difference = m1 - m2;
		var se = Math.sqrt(variance(participant, m1) / n1 + variance(control, m2) / n2);
		var pooled = new double[n1 + n2];
		System.arraycopy(participant, 0, pooled, 0, n1);
		System.arraycopy(control, 0, pooled, n1, n2);
		var total = 0.0;
		for (var value : pooled) {
			total += value;
		}
		var random = new Random(seed);
		var atLeast = 0;
		var observed = Math.abs(difference) - 1e-9;
		for (var i = 0; i < permutations; i++) {
			for (var j = 0; j < n1; j++) {
				var k = j + random.nextInt(pooled.length - j);
				var swap = pooled[j];
				pooled[j] = pooled[k];
				pooled[k] = swap;
			}
			var sum1 = 0.0;
			for (var j = 0; j < n1; j++) {
				sum1 += pooled[j];
			}
			var permuted = sum1 / n1 - (total - sum1) / n2;
			if (Math.abs(permuted) >= observed) {
				atLeast++;
			}
		}
		var p = (atLeast + 1.0) / (permutations + 1.0);
		return new Comparison(n1, n2, m1, m2, difference, difference - Z95 * se, difference + Z95 * se, p,
				permutations);
	}

	/** Whether the interval leaves out 0 (then, too, p is about 0.05 or less). */
	public boolean clear() {
		return !Double.isNaN(low) && (low > 0 || high < 0);
	}

	private static double mean(double[] values) {
		var sum = 0.0;
		for (var value : values) {
			sum += value;
		}
		return values.length == 0 ? Double.NaN : sum / values.length;
	}

	private static double variance(double[] values, double mean) {
		var sum = 0.0;
		for (var value : values) {
			sum += (value - mean) * (value - mean);
		}
		return sum / (values.length - 1);
	}

}
