package dk.jobvej.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation chart drawn from a flat list of units. */
class UnitTreeTests {

	@Test
	void drawsTheDepartmentWithItsHousesInDanishAlphabeticalOrder() {
		var department = unit("Job- og Uddannelsesafdelingen", null);
		var aktivhuset = unit("Job- og Aktivhuset", department.id());
		var ydelser = unit("Ydelsescentret", department.id());
		var aeldre = unit("Ældreteamet", department.id());
		var jobhuset = unit("Jobhuset", department.id());
		var team = unit("Team Øst", aktivhuset.id());

		var tree = UnitTree.of(List.of(team, aeldre, ydelser, jobhuset, aktivhuset, department));

		assertThat(tree.roots()).containsExactly(department);
		assertThat(tree.children(department.id())).containsExactly(aktivhuset, jobhuset, ydelser, aeldre);
		assertThat(tree.depthFirst()).containsExactly(new UnitTree.Branch(department, 0),
				new UnitTree.Branch(aktivhuset, 1), new UnitTree.Branch(team, 2), new UnitTree.Branch(jobhuset, 1),
				new UnitTree.Branch(ydelser, 1), new UnitTree.Branch(aeldre, 1));
		assertThat(tree.withDescendants(aktivhuset.id())).containsExactlyInAnyOrder(aktivhuset.id(), team.id());
		assertThat(tree.nodes().getFirst().children().getFirst().children().getFirst().unit()).isEqualTo(team);
	}

	@Test
	void treatsAUnitWhoseParentIsMissingAsATopUnit() {
		var orphan = unit("Forældreløs", new UnitId(UUID.randomUUID()));

		assertThat(UnitTree.of(List.of(orphan)).roots()).containsExactly(orphan);
	}

	static Stream<Long> seeds() {
		var random = new Random(20261122L);
		return IntStream.range(0, 25).mapToObj(i -> i == 0 ? 20261122L : random.nextLong());
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everyUnitOfARandomOrganisationAppearsOnceAfterItsParent(long seed) {
		var units = randomOrganisation(new Random(seed));

		var tree = UnitTree.of(units);
		var drawn = tree.depthFirst();

		assertThat(drawn).as("seed %d", seed).hasSameSizeAs(units);
		assertThat(drawn.stream().map(UnitTree.Branch::unit)).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(units);
		var seen = new HashSet<UnitId>();
		for (var branch : drawn) {
			var parent = branch.unit().parent();
			assertThat(parent == null || seen.contains(parent)).as("seed %d: parent before %s", seed, branch).isTrue();
			assertThat(branch.depth()).as("seed %d", seed).isEqualTo(parent == null ? 0 : depthOf(drawn, parent) + 1);
			seen.add(branch.unit().id());
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void aUnitsDescendantsAreExactlyTheUnitsWithItOnTheirPathToTheTop(long seed) {
		var units = randomOrganisation(new Random(seed));
		var tree = UnitTree.of(units);
		var chosen = units.get(new Random(seed).nextInt(units.size()));

		var expected = units.stream()
			.filter(unit -> pathToTop(units, unit).contains(chosen.id()))
			.map(OrganisationalUnit::id)
			.toList();

		assertThat(tree.withDescendants(chosen.id())).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(expected);
	}

	private static List<OrganisationalUnit> randomOrganisation(Random random) {
		var units = new ArrayList<OrganisationalUnit>();
		var count = 1 + random.nextInt(40);
		for (int i = 0; i < count; i++) {
			var parent = units.isEmpty() || random.nextInt(5) == 0 ? null : units.get(random.nextInt(units.size())).id();
			units.add(unit("Enhed " + random.nextInt(1000) + " " + i, parent));
		}
		Collections.shuffle(units, random);
		return units;
	}

	private static List<UnitId> pathToTop(List<OrganisationalUnit> units, OrganisationalUnit unit) {
		var path = new ArrayList<UnitId>();
		for (var current = unit; current != null; current = parentOf(units, current)) {
			path.add(current.id());
		}
		return path;
	}

	private static OrganisationalUnit parentOf(List<OrganisationalUnit> units, OrganisationalUnit unit) {
		return units.stream().filter(candidate -> candidate.id().equals(unit.parent())).findFirst().orElse(null);
	}

	private static int depthOf(List<UnitTree.Branch> drawn, UnitId id) {
		return drawn.stream().filter(branch -> branch.unit().id().equals(id)).findFirst().orElseThrow().depth();
	}

	private static OrganisationalUnit unit(String name, UnitId parent) {
		return new OrganisationalUnit(new UnitId(UUID.randomUUID()), name, parent, 851);
	}

}
