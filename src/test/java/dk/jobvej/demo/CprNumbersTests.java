package dk.jobvej.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.jobvej.citizen.Cpr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo CPR scheme: valid, modulus 11, right century and gender, unique across municipalities. */
class CprNumbersTests {

	static Stream<Long> seeds() {
		return new Random(20261122).longs(20).boxed();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everyCandidateIsAValidCprWithTheRightBirthDateAndGender(long seed) {
		var random = new Random(seed);
		for (var i = 0; i < 50; i++) {
			var birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(137 * 365));
			var female = random.nextBoolean();
			for (var serial : CprNumbers.candidates(birth, female)) {
				var cpr = new Cpr("%02d%02d%02d%04d".formatted(birth.getDayOfMonth(), birth.getMonthValue(),
						birth.getYear() % 100, serial));
				assertThat(cpr.birthDate()).as("seed %d, %s", seed, birth).isEqualTo(birth);
				assertThat(cpr.passesModulus11()).as("seed %d, %s", seed, birth).isTrue();
				assertThat(cpr.female()).as("seed %d, %s", seed, birth).isEqualTo(female);
			}
		}
	}

	@Test
	void everyMunicipalityGetsASliceOfEveryCandidateList() {
		var lengths = IntStream.rangeClosed(1958, 2010)
			.mapToObj(year -> LocalDate.of(year, 3, 1))
			.flatMap(day -> IntStream.range(0, 365).mapToObj(day::plusDays))
			.flatMap(day -> Stream.of(true, false).map(female -> CprNumbers.candidates(day, female).length))
			.distinct()
			.toList();
		assertThat(lengths).allSatisfy(length -> {
			var slices = CprNumbers.slices(length);
			assertThat(slices).hasSize(99);
			for (var i = 0; i < 98; i++) {
				assertThat(slices[i + 1]).isGreaterThan(slices[i]);
			}
			assertThat(slices[98]).isLessThanOrEqualTo(length);
		});
	}

	@Test
	void allocatorsHandOutEachNumberOnceAndNeverTheSameInTwoMunicipalities() {
		var seen = new HashSet<String>();
		var day = LocalDate.of(1990, 5, 17);
		for (var code : new int[] { 101, 851, 825 }) {
			var allocator = CprNumbers.allocator(code);
			for (var i = 0; i < 200; i++) {
				var cpr = allocator.next(day, i % 2 == 0);
				assertThat(seen.add(cpr.value())).as("%s in %d", cpr.masked(), code).isTrue();
				assertThat(cpr.birthDate()).isBetween(day.minusDays(200), day.plusDays(200));
				assertThat(cpr.female()).isEqualTo(i % 2 == 0);
			}
		}
	}

	@Test
	void aFullSliceMovesTheBirthDateByADay() {
		var allocator = CprNumbers.allocator(825);
		var day = LocalDate.of(1985, 1, 10);
		var first = allocator.next(day, true);
		var dates = IntStream.range(0, 20).mapToObj(i -> allocator.next(day, true).birthDate()).toList();
		assertThat(first.birthDate()).isEqualTo(day);
		assertThat(dates).contains(day.plusDays(1), day.minusDays(1));
	}

}
