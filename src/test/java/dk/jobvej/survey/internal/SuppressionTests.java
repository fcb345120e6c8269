package dk.jobvej.survey.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Small groups are hidden, and so many more that the hidden ones cannot be worked out from the total. */
class SuppressionTests {

	@Test
	void aGroupUnderFiveAnswersIsHidden() {
		assertThat(Suppression.hidden(Map.of("Jobhuset", 300, "Sygedagpengehuset", 210, "Lille", 4, "Andet", 4), 5))
			.containsExactlyInAnyOrder("Lille", "Andet");
	}

	@Test
	void fiveAnswersAreEnough() {
		assertThat(Suppression.hidden(Map.of("A", 5, "B", 5), 5)).isEmpty();
	}

	@Test
	void aLoneSmallGroupTakesTheNextSmallestWithIt() {
		// The whole round shows 3 + 40 + 300 answers; hiding only C would let anyone subtract A and B.
		assertThat(Suppression.hidden(Map.of("A", 300, "B", 40, "C", 3), 5)).containsExactlyInAnyOrder("B", "C");
	}

	@Test
	void twoSmallGroupsWithFiveTogetherAreEnough() {
		assertThat(Suppression.hidden(Map.of("A", 300, "B", 40, "C", 3, "D", 2), 5)).containsExactlyInAnyOrder("C", "D");
	}

	@Test
	void aGroupWithoutAnswersRevealsNothing() {
		assertThat(Suppression.hidden(Map.of("A", 300, "B", 40, "C", 0), 5)).containsExactly("C");
	}

	@Test
	void whenEveryGroupIsSmallAllAreHidden() {
		assertThat(Suppression.hidden(Map.of("A", 1, "B", 2), 5)).containsExactlyInAnyOrder("A", "B");
	}

	/**
	 * Whatever the sizes: every group under 5 is hidden, and the hidden groups hold either no
	 * answers, at least 5 together, or every group.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void hiddenGroupsCannotBeWorkedOutFromTheTotal(long seed) {
		var random = new Random(seed);
		var groups = new LinkedHashMap<Integer, Integer>();
		IntStream.range(0, 1 + random.nextInt(8)).forEach(g -> groups.put(g, random.nextInt(4) == 0
				? random.nextInt(5) : random.nextInt(60)));

		var hidden = Suppression.hidden(groups, 5);

		groups.forEach((group, answers) -> {
			if (answers < 5) {
				assertThat(hidden).as("seed %d: %s", seed, groups).contains(group);
			}
		});
		var hiddenAnswers = hidden.stream().mapToInt(groups::get).sum();
		assertThat(hiddenAnswers == 0 || hiddenAnswers >= 5 || hidden.size() == groups.size())
			.as("seed %d: %s hides %s", seed, groups, hidden)
			.isTrue();
	}

	static Stream<Long> seeds() {
		var seeds = new Random(20240206L);
		return Stream.generate(seeds::nextLong).limit(200);
	}

}
