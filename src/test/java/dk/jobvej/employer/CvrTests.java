package dk.jobvej.employer;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CVR numbers: eight digits whose weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is divisible by 11
 * (Erhvervsstyrelsen's modulus 11); seven digits leaving remainder 1 have no valid check digit.
 */
class CvrTests {

	private static final long SEED = System.nanoTime();

	@Test
	void knownNumbersPass() {
		assertThat(Cvr.valid("13748136")).as("Erhvervsstyrelsen's example: 132 = 12 × 11").isTrue();
		assertThat(Cvr.valid("29189420")).as("Aalborg Kommune (seed 003)").isTrue();
		assertThat(Cvr.checkDigit("1374813")).isEqualTo(6);
		assertThat(Cvr.tryParse("DK 2918 9420")).contains(new Cvr("29189420"));
	}

	@Test
	void malformedNumbersFail() {
		assertThat(Cvr.valid("13748137")).isFalse();
		assertThat(Cvr.valid("1374813")).isFalse();
		assertThat(Cvr.valid("137481360")).isFalse();
		assertThat(Cvr.valid("1374813a")).isFalse();
		assertThat(Cvr.tryParse("")).isEmpty();
		assertThatThrownBy(() -> new Cvr("12345678")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theWeightsAreTheOfficialOnesNotTheCprWeights() {
		// with CPR's weights (4, 3, 2, 7, 6, 5, 4, 3) 13748136 would fail: 4+9+14+28+48+5+12+18 = 138
		assertThat(Cvr.valid("13748136")).isTrue();
		assertThat(Cvr.checkDigit("0000001")).as("2 × 0 … + 2 × 1 = 2 → 11 − 2").isEqualTo(9);
		assertThat(Cvr.checkDigit("0000005")).as("remainder 10 → check digit 1").isEqualTo(1);
	}

	static Stream<String> sevenDigits() {
		var random = new Random(SEED);
		return IntStream.range(0, 200).mapToObj(i -> String.format("%07d", random.nextInt(10_000_000)));
	}

	@ParameterizedTest
	@MethodSource("sevenDigits")
	void everyPrefixGetsACheckDigitUnlessItLeavesRemainderOne(String seven) {
		var check = Cvr.checkDigit(seven);
		var sum = 0;
		var weights = new int[] { 2, 7, 6, 5, 4, 3, 2 };
		for (var i = 0; i < 7; i++) {
			sum += (seven.charAt(i) - '0') * weights[i];
		}
		if (sum % 11 == 1) {
			assertThat(check).as("seed %d: %s", SEED, seven).isEqualTo(-1);
			for (var digit = 0; digit <= 9; digit++) {
				assertThat(Cvr.valid(seven + digit)).as("seed %d: %s%d", SEED, seven, digit).isFalse();
			}
			return;
		}
		var number = seven + check;
		assertThat(Cvr.valid(number)).as("seed %d: %s", SEED, number).isTrue();
		for (var position = 0; position < 8; position++) {
			for (var digit = 0; digit <= 9; digit++) {
				if (digit == number.charAt(position) - '0') {
					continue;
				}
				var typo = number.substring(0, position) + digit + number.substring(position + 1);
				assertThat(Cvr.valid(typo)).as("seed %d: one wrong digit in %s: %s", SEED, number, typo).isFalse();
			}
		}
	}

}
