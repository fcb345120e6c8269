package dk.jobvej.demo;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated municipality goes through CitizenImport into the database with its counts intact,
 * its staff hired, and a second run changes nothing. Læsø is small enough for the suite.
 */
@JobvejIntegrationTest
class DemoPopulationTests {

	private static final int LAESOE = 825;

	/**
	 * The houses test loads another municipality than Læsø: two populations of one municipality
	 * made with different seeds draw CPR numbers from the same slice and can clash.
	 */
	private static final int SAMSOE = 741;

	@Autowired
	DemoPopulation population;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisation organisation;

	@Autowired
	Clock clock;

	@Test
	void importsAGeneratedMunicipalityAndReadsTheCountsBack() {
		var seed = new java.util.Random().nextLong(1, 1_000_000);
		var plan = Calibration.national(1.0).stream().filter(p -> p.municipality().code() == LAESOE).findFirst().orElseThrow();
		var prefix = "demo-test-" + seed;
		var result = population.populate(plan, seed, 100, prefix, new Progress("test"));
		var message = "seed " + seed;
		assertThat(result.generated()).as(message).isEqualTo(plan.total());
		assertThat(result.imported()).as(message).isEqualTo(plan.total());

		var generated = new PopulationGenerator(seed, clock).generate(plan);
		var ids = generated.stream().map(c -> c.id().value()).toList();
		assertThat(jdbc.sql("select count(*) from citizen.citizen where id in (:ids)").param("ids", ids)
			.query(Integer.class).single()).as(message).isEqualTo(plan.total());
		var open = new EnumMap<BenefitType, Integer>(BenefitType.class);
		jdbc.sql("""
				select type, count(*) as n from citizen.benefit_period
				where citizen in (:ids) and to_date is null group by type""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(BenefitType.valueOf(rs.getString("type")), rs.getInt("n")))
			.list()
			.forEach(e -> open.put(e.getKey(), e.getValue()));
		var expected = new HashMap<>(plan.current());
		expected.values().removeIf(n -> n == 0);
		assertThat(open).as(message).containsExactlyInAnyOrderEntriesOf(expected);
		var decisions = generated.stream().mapToInt(c -> c.decisions().size()).sum();
		assertThat(jdbc.sql("select count(*) from citizen.visitation_decision where citizen in (:ids)")
			.param("ids", ids).query(Integer.class).single()).as(message).isEqualTo(decisions);

		var contacts = jdbc.sql("select primary_contact from citizen.citizen where id in (:ids) and primary_contact is not null")
			.param("ids", ids)
			.query(UUID.class)
			.list();
		assertThat(contacts).as(message).hasSize(plan.currentTotal());
		assertThat(contacts.stream().distinct().map(id -> organisation.staffMember(new StaffId(id)).orElseThrow()).toList())
			.allSatisfy(staff -> {
				assertThat(staff.has(Role.CASEWORKER)).isTrue();
				assertThat(staff.municipalityCode()).isEqualTo(LAESOE);
				assertThat(staff.username()).startsWith(LAESOE + "-");
			});

		var again = population.populate(plan, seed, 100, prefix, new Progress("test"));
		assertThat(again.imported()).as(message).isZero();
		assertThat(again.staffHired()).as(message).isZero();
	}

	@Test
	void theJobcenterOfAMunicipalityHasItsHousesAndStaff() {
		var units = organisation.units(SAMSOE).stream().map(u -> u.name()).toList();
		population.populate(new MunicipalityPlan(Municipalities.byCode(SAMSOE), Map.of(BenefitType.FLEKSJOB, 3), 1, 1),
				7, 100, "demo-units-" + UUID.randomUUID(), new Progress("test"));
		var names = organisation.units(SAMSOE).stream().map(u -> u.name()).toList();
		assertThat(names).contains(DemoOrganisation.DEPARTMENT, "Jobhuset", "Job- og Aktivhuset", "Uddannelseshuset",
				"Job- og Integrationshuset", "Sygedagpengehuset", "Ydelsescentret", "RessourceCenter Samsø",
				"Rekrutteringsenheden");
		assertThat(names).hasSizeGreaterThanOrEqualTo(units.size());
		var rc = organisation.units(SAMSOE).stream().filter(u -> u.name().equals("RessourceCenter Samsø")).findFirst().orElseThrow();
		List<String> roles = organisation.staffOf(rc.id()).stream().flatMap(s -> s.roles().stream()).map(Role::name).toList();
		assertThat(roles).contains("CASEWORKER", "TEAM_LEADER");
	}

}
