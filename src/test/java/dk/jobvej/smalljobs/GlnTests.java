package dk.jobvej.smalljobs;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * EAN/GLN numbers (GS1): 13 digits, the last the check digit that brings the sum of the first twelve,
 * weighted 3, 1, 3, … from the right, up to a multiple of 10. Property-style over seeded random numbers.
 */
class GlnTests {

	private static final long SEED = 9_2026L;

	@Test
	void knownNumbersPassAndTheirNeighboursFail() {
		assertThat(Gln.valid("4006381333931")).as("GS1's own example GTIN-13").isTrue();
		assertThat(Gln.valid("5790000000005")).as("579000000000: 5 + 21 + 9 = 35, check digit 5").isTrue();
		assertThat(Gln.checkDigit("579000000000")).isEqualTo(5);
		assertThat(Gln.valid("4006381333932")).isFalse();
		assertThat(Gln.valid("5790000000000")).isFalse();
	}

	@Test
	void onlyThirteenDigitsAreANumber() {
		assertThat(Gln.valid("400638133393")).isFalse();
		assertThat(Gln.valid("40063813339310")).isFalse();
		assertThat(Gln.valid("40063813339a1")).isFalse();
		assertThat(Gln.valid("")).isFalse();
		assertThat(Gln.tryParse("4006 3813 3393 1")).map(Gln::value).contains("4006381333931");
		assertThatThrownBy(() -> new Gln("4006381333932")).isInstanceOf(IllegalArgumentException.class);
	}

	static Stream<String> prefixes() {
		var random = new Random(SEED);
		return IntStream.range(0, 200)
			.mapToObj(i -> random.ints(12, 0, 10).collect(StringBuilder::new, StringBuilder::append, StringBuilder::append)
				.toString());
	}

	@ParameterizedTest(name = "seed " + SEED + ": {0}")
	@MethodSource("prefixes")
	void everyPrefixHasExactlyOneCheckDigit(String twelve) {
		var valid = IntStream.rangeClosed(0, 9).filter(digit -> Gln.valid(twelve + digit)).boxed().toList();

		assertThat(valid).as("seed %d, %s", SEED, twelve).containsExactly(Gln.checkDigit(twelve));
	}

	@ParameterizedTest(name = "seed " + SEED + ": {0}")
	@MethodSource("prefixes")
	void everySingleDigitTypoIsCaught(String twelve) {
		var number = twelve + Gln.checkDigit(twelve);
		for (var position = 0; position < 13; position++) {
			for (var digit = '0'; digit <= '9'; digit++) {
				if (digit == number.charAt(position)) {
					continue;
				}
				var typo = number.substring(0, position) + digit + number.substring(position + 1);
				assertThat(Gln.valid(typo)).as("seed %d: %s from %s", SEED, typo, number).isFalse();
			}
		}
	}

	@ParameterizedTest(name = "seed " + SEED + ": {0}")
	@MethodSource("prefixes")
	void swappingNeighboursIsCaughtUnlessTheyDifferByFive(String twelve) {
		var number = twelve + Gln.checkDigit(twelve);
		for (var position = 0; position < 12; position++) {
			var a = number.charAt(position);
			var b = number.charAt(position + 1);
			if (a == b) {
				continue;
			}
			var swapped = number.substring(0, position) + b + a + number.substring(position + 2);
			assertThat(Gln.valid(swapped)).as("seed %d: %s from %s", SEED, swapped, number)
				.isEqualTo(Math.abs(a - b) == 5);
		}
	}

}
