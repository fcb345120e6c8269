package dk.jobvej.programme.internal;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The effect comparison: the difference of means with its 95 % interval, and the permutation-test
 * p-value, reproducible from its seed.
 */
class ComparisonTests {

	static double[] sample(Random random, int n, double mean) {
		return IntStream.range(0, n).mapToDouble(i -> mean + random.nextGaussian() * 10).toArray();
	}

	@Test
	void aClearDifferenceHasASmallPAndAnIntervalWithoutZero() {
		var random = new Random(1);
		var c = Comparison.of(sample(random, 178, 30), sample(random, 172, 20), 9, 2_000);
		assertThat(c.difference()).isBetween(7.0, 13.0);
		assertThat(c.low()).isPositive();
		assertThat(c.high()).isGreaterThan(c.difference());
		assertThat(c.pValue()).isLessThan(0.01);
		assertThat(c.clear()).isTrue();
	}

	@Test
	void theSameSeedGivesTheSamePValue() {
		var random = new Random(2);
		var a = sample(random, 50, 10);
		var b = sample(random, 50, 11);
		assertThat(Comparison.of(a, b, 5, 1_000)).isEqualTo(Comparison.of(a, b, 5, 1_000));
	}

	static Stream<Object[]> noDifference() {
		var seed = 95L;
		var random = new Random(seed);
		return IntStream.range(0, 20).mapToObj(i -> new Object[] { seed, i, random.nextLong() });
	}

	/** Without a true difference the interval holds zero and p is above 5 % in most draws (here: all but a few). */
	@ParameterizedTest(name = "seed {0} case {1}")
	@MethodSource("noDifference")
	void withoutADifferencePIsUniformAndTheIntervalUsuallyHoldsZero(long seed, int n, long sampleSeed) {
		var random = new Random(sampleSeed);
		var c = Comparison.of(sample(random, 100, 20), sample(random, 100, 20), sampleSeed, 1_000);
		assertThat(c.pValue()).as("seed %d case %d", seed, n).isBetween(0.0, 1.0);
		assertThat(c.low()).as("seed %d case %d", seed, n).isLessThan(c.high());
		assertThat(c.clear()).as("seed %d case %d: interval and p agree", seed, n).isEqualTo(c.pValue() < 0.05 && c.clear());
	}

	@Test
	void tooFewToCompareGivesNoFigures() {
		var c = Comparison.of(new double[] { 1 }, new double[] { 2, 3 }, 1, 100);
		assertThat(c.difference()).isNaN();
	}

}
