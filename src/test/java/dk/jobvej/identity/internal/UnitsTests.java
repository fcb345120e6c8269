package dk.jobvej.identity.internal;

import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.Fresh;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The unit table as the repository reads and writes it, against the embedded PostgreSQL. */
@JobvejIntegrationTest
class UnitsTests {

	@Autowired
	Units units;

	private final int municipality = Fresh.municipality();

	@Test
	void storesAUnitUnderItsParentAndReadsThemByName() {
		var top = create("Job- og Uddannelsesafdelingen", null);
		var house = create("Jobhuset", top);

		assertThat(units.findByMunicipalityCodeOrderByName(municipality)).extracting(unit -> unit.view().name())
			.containsExactly("Job- og Uddannelsesafdelingen", "Jobhuset");
		assertThat(units.findById(house.value()).orElseThrow().view().parent()).isEqualTo(top);
	}

	@Test
	void knowsWhetherANameIsTakenInTheMunicipalityIgnoringCaseAndBlanks() {
		var id = create("Sygedagpengehuset", null);

		assertThat(units.nameTaken(municipality, "  SYGEDAGPENGEHUSET ", UUID.randomUUID())).isTrue();
		assertThat(units.nameTaken(municipality, "Sygedagpengehuset", id.value())).isFalse();
		assertThat(units.nameTaken(municipality + 1, "Sygedagpengehuset", UUID.randomUUID())).isFalse();
	}

	@Test
	void refusesTheSameNameTwiceInAMunicipalityEvenInOtherCase() {
		create("Ydelsescentret", null);

		assertThatThrownBy(() -> create("YDELSESCENTRET", null)).isInstanceOf(DataAccessException.class);
		var elsewhere = new UnitId(UUID.randomUUID());
		units.save(Unit.create(elsewhere, "Ydelsescentret", null, municipality + 1));
		assertThat(units.findById(elsewhere.value())).isPresent();
	}

	@Test
	void refusesAParentThatDoesNotExist() {
		assertThatThrownBy(() -> create("Forældreløs", new UnitId(UUID.randomUUID())))
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void renamesAndMovesWithOptimisticLocking() {
		var top = create("Afdeling", null);
		var unit = create("Huset", null);
		var stale = units.findById(unit.value()).orElseThrow();
		var fresh = units.findById(unit.value()).orElseThrow();
		fresh.rename("Det nye hus");
		fresh.moveUnder(top);
		units.save(fresh);

		stale.rename("Et andet navn");

		assertThatThrownBy(() -> units.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
		var stored = units.findById(unit.value()).orElseThrow();
		assertThat(stored.view().name()).isEqualTo("Det nye hus");
		assertThat(stored.view().parent()).isEqualTo(top);
		assertThat(stored.versioned().version()).isEqualTo(1);
	}

	private UnitId create(String name, UnitId parent) {
		var id = new UnitId(UUID.randomUUID());
		units.save(Unit.create(id, name, parent, municipality));
		return id;
	}

}
