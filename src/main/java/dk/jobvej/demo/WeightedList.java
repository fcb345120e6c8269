package dk.jobvej.demo;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Picks from a list with given weights; a binary search over cumulative weights. */
final class WeightedList<T> {

	private final List<T> items;

	private final double[] cumulative;

	WeightedList(List<T> items, double[] weights) {
		if (items.isEmpty() || items.size() != weights.length) {
			throw new IllegalArgumentException("Need one weight per item and at least one item");
		}
		this.items = List.copyOf(items);
		this.cumulative = new double[weights.length];
		var sum = 0.0;
		for (var i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
	}

	/** Items ordered from most to least common: item {@code i} weighs {@code 1 / (i + 8)}. */
	static <T> WeightedList<T> byRank(List<T> items) {
		var weights = new double[items.size()];
		for (var i = 0; i < weights.length; i++) {
			weights[i] = 1.0 / (i + 8);
		}
		return new WeightedList<>(items, weights);
	}

	T pick(RandomGenerator random) {
		var target = random.nextDouble() * cumulative[cumulative.length - 1];
		var index = Arrays.binarySearch(cumulative, target);
		index = index >= 0 ? index + 1 : -index - 1;
		return items.get(Math.min(index, items.size() - 1));
	}

	List<T> items() {
		return items;
	}

}
