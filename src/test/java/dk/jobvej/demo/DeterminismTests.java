package dk.jobvej.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same seed gives the same citizens; the invariants hold for any seed and municipality. */
class DeterminismTests {

	@Test
	void theSameSeedGivesTheSameCitizens() {
		var plan = Calibration.aalborg(0.1);
		var first = new PopulationGenerator(851, AalborgPopulationTests.CLOCK).generate(plan);
		var second = new PopulationGenerator(851, AalborgPopulationTests.CLOCK).generate(plan);
		assertThat(second.subList(0, 1000)).isEqualTo(first.subList(0, 1000));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void anotherSeedGivesOtherCitizens() {
		var plan = Calibration.aalborg(0.1);
		var first = new PopulationGenerator(851, AalborgPopulationTests.CLOCK).generate(plan);
		var other = new PopulationGenerator(852, AalborgPopulationTests.CLOCK).generate(plan);
		assertThat(other.getFirst().id()).isNotEqualTo(first.getFirst().id());
		assertThat(other.getFirst().cpr()).isNotEqualTo(first.getFirst().cpr());
	}

	static Stream<Long> seeds() {
		return new Random(4711).longs(12).boxed();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void anySeedGivesValidUniqueCitizensWithTheRightCounts(long seed) {
		var random = new Random(seed);
		var plans = Calibration.national(1.0);
		var plan = plans.get(random.nextInt(plans.size()));
		var small = new MunicipalityPlan(plan.municipality(), scaled(plan, 0.05), plan.recentlyEnded() / 20,
				plan.earlierEnded() / 20);
		var citizens = new PopulationGenerator(seed, AalborgPopulationTests.CLOCK).generate(small);
		var message = "seed %d, municipality %d".formatted(seed, plan.municipality().code());
		assertThat(citizens).as(message).hasSize(small.total());
		assertThat(citizens.stream().filter(CitizenProfile::current).count()).as(message).isEqualTo(small.currentTotal());
		var cprs = new HashSet<String>();
		var today = LocalDate.now(AalborgPopulationTests.CLOCK);
		assertThat(citizens).as(message).allSatisfy(c -> {
			assertThat(cprs.add(c.cpr().value())).isTrue();
			assertThat(c.cpr().passesModulus11()).isTrue();
			assertThat(c.address().postcode()).isEqualTo(c.address().postcode().strip());
			for (var i = 1; i < c.benefits().size(); i++) {
				assertThat(c.benefits().get(i - 1).to()).isBefore(c.benefits().get(i).from());
			}
			assertThat(c.benefits().getFirst().from()).isAfterOrEqualTo(today.minusYears(5));
		});
	}

	private static java.util.Map<dk.jobvej.citizen.BenefitType, Integer> scaled(MunicipalityPlan plan, double f) {
		var counts = new java.util.EnumMap<dk.jobvej.citizen.BenefitType, Integer>(dk.jobvej.citizen.BenefitType.class);
		plan.current().forEach((type, n) -> counts.put(type, (int) Math.ceil(n * f)));
		return counts;
	}

}
