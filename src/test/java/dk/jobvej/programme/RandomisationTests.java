package dk.jobvej.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draw is reproducible from its seed (whatever order the members come in), puts exactly the
 * asked number in the participant group, balances the strata, and its hash exposes any edit.
 */
class RandomisationTests {

	static List<Randomisation.Candidate> members(Random random, int size) {
		var members = new ArrayList<Randomisation.Candidate>();
		for (var i = 0; i < size; i++) {
			members.add(new Randomisation.Candidate(new UUID(random.nextLong(), random.nextLong()),
					random.nextInt(8) == 0 ? "RESSOURCEFORLOEB" : random.nextInt(5) == 0 ? "INTEGRATIONSYDELSE" : "KONTANTHJAELP"));
		}
		return members;
	}

	static Stream<Object[]> draws() {
		var seed = 350_178L;
		var random = new Random(seed);
		return IntStream.range(0, 40).mapToObj(i -> {
			var size = 10 + random.nextInt(600);
			return new Object[] { seed, i, size, 1 + random.nextInt(size - 1), random.nextLong(), random.nextBoolean() };
		});
	}

	@ParameterizedTest(name = "seed {0} case {1}: {3} of {2}, draw seed {4}, stratified {5}")
	@MethodSource("draws")
	void theSameSeedDrawsTheSameAllocationWhateverTheOrder(long seed, int n, int size, int participants, long drawSeed,
			boolean stratified) {
		var members = members(new Random(seed + n), size);
		var first = Randomisation.draw(members, drawSeed, participants, stratified);
		var shuffled = new ArrayList<>(members);
		Collections.shuffle(shuffled, new Random(seed - n));
		var again = Randomisation.draw(shuffled, drawSeed, participants, stratified);
		assertThat(again.arms()).as("seed %d case %d", seed, n).isEqualTo(first.arms());
		assertThat(again.allocationHash()).as("seed %d case %d", seed, n).isEqualTo(first.allocationHash());
		assertThat(first.arms().values().stream().filter(arm -> arm == Arm.PARTICIPANT)).as("seed %d case %d", seed, n)
			.hasSize(participants);
		assertThat(first.arms()).hasSize(size);
	}

	@ParameterizedTest(name = "seed {0} case {1}: {3} of {2}")
	@MethodSource("draws")
	void aStratifiedDrawGivesEveryStratumItsShareWithinOne(long seed, int n, int size, int participants, long drawSeed,
			boolean ignored) {
		var members = members(new Random(seed + n), size);
		var draw = Randomisation.draw(members, drawSeed, participants, true);
		var inStratum = new HashMap<String, int[]>();
		for (var member : members) {
			var counts = inStratum.computeIfAbsent(member.stratum(), s -> new int[2]);
			counts[0]++;
			counts[1] += draw.arms().get(member.citizen()) == Arm.PARTICIPANT ? 1 : 0;
		}
		inStratum.forEach((stratum, counts) -> assertThat((double) counts[1])
			.as("seed %d case %d stratum %s", seed, n, stratum)
			.isCloseTo((double) participants * counts[0] / size, org.assertj.core.data.Offset.offset(1.0)));
	}

	@Test
	void jobFirstsDrawPutsOneHundredAndSeventyEightOfThreeHundredAndFiftyInTheParticipantGroup() {
		var members = new ArrayList<Randomisation.Candidate>();
		var random = new Random(4);
		for (var i = 0; i < 350; i++) {
			members.add(new Randomisation.Candidate(new UUID(random.nextLong(), random.nextLong()),
					i < 307 ? "KONTANTHJAELP" : "RESSOURCEFORLOEB"));
		}
		var draw = Randomisation.draw(members, 20_160_301L, 178, true);
		var resource = members.stream().filter(m -> m.stratum().equals("RESSOURCEFORLOEB"))
			.filter(m -> draw.arms().get(m.citizen()) == Arm.PARTICIPANT).count();
		assertThat(resource).isEqualTo(22);
		assertThat(draw.arms().values().stream().filter(arm -> arm == Arm.PARTICIPANT)).hasSize(178);
	}

	@Test
	void anotherSeedDrawsAnotherAllocation() {
		var members = members(new Random(1), 350);
		assertThat(Randomisation.draw(members, 1, 178, false).arms())
			.isNotEqualTo(Randomisation.draw(members, 2, 178, false).arms());
	}

	@Test
	void movingOneMemberToTheOtherArmChangesTheHash() {
		var members = members(new Random(2), 100);
		var draw = Randomisation.draw(members, 7, 50, false);
		var edited = new HashMap<>(draw.arms());
		var someone = members.getFirst().citizen();
		edited.put(someone, edited.get(someone) == Arm.PARTICIPANT ? Arm.CONTROL : Arm.PARTICIPANT);
		assertThat(Randomisation.allocationHash(7, 50, false, draw.inputHash(), edited)).isNotEqualTo(draw.allocationHash());
		assertThat(Randomisation.allocationHash(7, 50, false, draw.inputHash(), draw.arms())).isEqualTo(draw.allocationHash());
	}

	@Test
	void addingAMemberChangesTheInputHash() {
		var members = members(new Random(3), 100);
		var more = new ArrayList<>(members);
		more.add(new Randomisation.Candidate(UUID.randomUUID(), "KONTANTHJAELP"));
		assertThat(Randomisation.draw(more, 7, 50, false).inputHash()).isNotEqualTo(Randomisation.draw(members, 7, 50, false).inputHash());
	}

}
