package dk.jobvej.citizen;

import dk.jobvej.testing.CprGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.platform.RuleViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CPR numbers, checked on generated numbers: a real date, a seventh digit that gives the
 * century, modulus 11 only as a warning. Each generator is seeded; the seed is in every
 * assertion message, so a failure can be replayed.
 */
class CprTests {

	private static final long SEED = Long.getLong("cpr.seed", System.nanoTime());

	private static final int CASES = 500;

	static Stream<Arguments> validNumbers() {
		var random = new Random(SEED);
		var cprs = new CprGenerator(random);
		return IntStream.range(0, CASES).mapToObj(i -> {
			var birthDate = cprs.birthDate();
			return Arguments.of(cprs.valid(birthDate), birthDate);
		});
	}

	@ParameterizedTest
	@MethodSource("validNumbers")
	void acceptsValidNumbersWithTheirBirthDate(String number, LocalDate birthDate) {
		var cpr = Cpr.parse(number);

		assertThat(cpr.birthDate()).as("seed %d, %s", SEED, number).isEqualTo(birthDate);
		assertThat(cpr.passesModulus11()).as("seed %d, %s", SEED, number).isTrue();
		assertThat(Cpr.parse(number.substring(0, 6) + "-" + number.substring(6))).as("seed %d, with dash", SEED)
			.isEqualTo(cpr);
		assertThat(cpr.masked()).as("seed %d", SEED).isEqualTo(number.substring(0, 6) + "-xxxx");
		assertThat(cpr.toString().replace(number.substring(0, 6), ""))
			.as("seed %d: toString never shows the serial (beside the date, which may hold the same digits)", SEED)
			.doesNotContain(number.substring(6));
	}

	static Stream<Arguments> impossibleDates() {
		var random = new Random(SEED + 1);
		var cprs = new CprGenerator(random);
		var cases = new ArrayList<Arguments>();
		for (var i = 0; i < CASES; i++) {
			var valid = cprs.valid(cprs.birthDate());
			var day = switch (random.nextInt(4)) {
				case 0 -> "00";
				case 1 -> String.valueOf(32 + random.nextInt(68));
				case 2 -> "31";
				default -> "30";
			};
			var month = switch (day) {
				case "31" -> List.of("02", "04", "06", "09", "11").get(random.nextInt(5));
				case "30" -> "02";
				default -> "%02d".formatted(1 + random.nextInt(12));
			};
			if (random.nextInt(5) == 0) {
				day = "%02d".formatted(1 + random.nextInt(28));
				month = random.nextBoolean() ? "00" : String.valueOf(13 + random.nextInt(87));
			}
			cases.add(Arguments.of(day + month + valid.substring(4)));
		}
		return cases.stream();
	}

	@ParameterizedTest
	@MethodSource("impossibleDates")
	void refusesNumbersWithImpossibleDates(String number) {
		assertThatThrownBy(() -> Cpr.parse(number)).as("seed %d, %s", SEED, number)
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("cpr");
				assertThat(v.messageKey()).isEqualTo("citizen.cpr.date");
				assertThat(v.getMessage()).doesNotContain(number);
			});
	}

	@Test
	void refusesTheTwentyNinthOfFebruaryOutsideLeapYears() {
		var cprs = new CprGenerator(new Random(SEED));
		var leap = cprs.valid(LocalDate.of(1996, 2, 29));
		assertThat(Cpr.parse(leap).birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
		assertThatThrownBy(() -> Cpr.parse("290297" + leap.substring(6))).as("seed %d", SEED)
			.isInstanceOf(RuleViolation.class);
	}

	static Stream<Arguments> wrongShapes() {
		var random = new Random(SEED + 2);
		var cprs = new CprGenerator(random);
		var cases = new ArrayList<Arguments>();
		for (var i = 0; i < CASES; i++) {
			var valid = cprs.valid(cprs.birthDate());
			var shape = switch (random.nextInt(4)) {
				case 0 -> valid.substring(0, 1 + random.nextInt(9));
				case 1 -> valid + random.nextInt(10);
				case 2 -> {
					var chars = valid.toCharArray();
					chars[random.nextInt(10)] = (char) ('A' + random.nextInt(26));
					yield new String(chars);
				}
				default -> valid.substring(0, 6) + " " + valid.substring(6);
			};
			cases.add(Arguments.of(shape));
		}
		return cases.stream();
	}

	@ParameterizedTest
	@MethodSource("wrongShapes")
	void refusesWrongLengthAndLetters(String text) {
		assertThatThrownBy(() -> Cpr.parse(text)).as("seed %d, %s", SEED, text)
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("cpr");
				assertThat(v.messageKey()).isEqualTo("citizen.cpr.format");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "-", "0101901234-", "01-01-90-1234", "０１０１９０１２３４" })
	void refusesOddInput(String text) {
		assertThatThrownBy(() -> Cpr.parse(text)).isInstanceOf(RuleViolation.class);
	}

	static Stream<Arguments> numbersSince2007() {
		var random = new Random(SEED + 3);
		var cprs = new CprGenerator(random);
		return IntStream.range(0, CASES).mapToObj(i -> {
			var birthDate = LocalDate.of(2007 + random.nextInt(30), 1, 1);
			return Arguments.of(cprs.failingModulus11(birthDate), birthDate);
		});
	}

	@ParameterizedTest
	@MethodSource("numbersSince2007")
	void acceptsNumbersSince2007ThatFailModulus11WithAWarning(String number, LocalDate birthDate) {
		var cpr = Cpr.parse(number);

		assertThat(cpr.birthDate()).as("seed %d, %s", SEED, number).isEqualTo(birthDate);
		assertThat(cpr.passesModulus11()).as("seed %d, %s", SEED, number).isFalse();
	}

	@Test
	void tellsTheAgeOnADay() {
		var cpr = Cpr.parse(new CprGenerator(new Random(SEED)).valid(LocalDate.of(1990, 6, 15)));

		assertThat(cpr.ageOn(LocalDate.of(2020, 6, 14))).isEqualTo(29);
		assertThat(cpr.ageOn(LocalDate.of(2020, 6, 15))).isEqualTo(30);
	}

}
