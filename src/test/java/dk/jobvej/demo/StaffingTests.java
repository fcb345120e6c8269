package dk.jobvej.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Aalborg's houses are staffed for realistic caseloads, and raadgiver has a full caseload. */
class StaffingTests {

	static Map<House, Integer> current = new EnumMap<>(House.class);

	@BeforeAll
	static void countCitizensPerHouse() {
		new PopulationGenerator(851, AalborgPopulationTests.CLOCK).generate(Calibration.aalborg(1.0))
			.stream()
			.filter(CitizenProfile::current)
			.forEach(c -> current.merge(c.house(), 1, Integer::sum));
	}

	@Test
	void everyHouseWithCitizensHasFortyToOneHundredTwentyCitizensPerCaseworker() {
		var sizes = Staffing.sizes(current);
		for (var house : current.keySet()) {
			var perCaseworker = (double) current.get(house) / sizes.get(house).get(Role.CASEWORKER);
			assertThat(perCaseworker).as(house.name()).isBetween(40.0, 121.0);
			assertThat(sizes.get(house).get(Role.TEAM_LEADER)).as(house.name()).isPositive();
		}
		assertThat(sizes.get(House.JOB_OG_AKTIVHUSET).get(Role.MENTOR)).isGreaterThan(5);
		assertThat(sizes.get(House.REKRUTTERINGSENHEDEN).get(Role.COMPANY_CONSULTANT)).isEqualTo(24);
	}

	@Test
	void theNamedDemoUsersCountTowardsTheStaffOfTheirHouse() {
		var plan = Staffing.plan(851, Municipalities.byCode(851), current);
		var sizes = Staffing.sizes(current);
		var planned = plan.stream()
			.filter(s -> s.house() == House.JOB_OG_AKTIVHUSET && s.role() == Role.CASEWORKER)
			.count();
		assertThat(planned).isEqualTo(sizes.get(House.JOB_OG_AKTIVHUSET).get(Role.CASEWORKER) - 1);
		assertThat(plan.stream().map(PlannedStaff::username).distinct().count()).isEqualTo(plan.size());
		assertThat(plan).allSatisfy(s -> assertThat(s.username()).matches("851-[a-z]+-[rmvl]\\d{3}"));
		assertThat(plan.size()).isBetween(300, 450);
	}

	@Test
	void raadgiverIsPrimaryContactForAboutSixtyCitizens() {
		var plan = Staffing.plan(851, Municipalities.byCode(851), current);
		var raadgiver = new StaffId(UUID.randomUUID());
		var caseworkers = new EnumMap<House, List<StaffId>>(House.class);
		for (var house : House.values()) {
			var ids = new ArrayList<StaffId>();
			plan.stream()
				.filter(s -> s.house() == house && s.role() == Role.CASEWORKER)
				.forEach(s -> ids.add(new StaffId(UUID.nameUUIDFromBytes(s.username().getBytes()))));
			if (house == House.JOB_OG_AKTIVHUSET) {
				ids.add(raadgiver);
			}
			caseworkers.put(house, ids);
		}
		var units = new EnumMap<House, UnitId>(House.class);
		for (var house : House.values()) {
			units.put(house, new UnitId(UUID.randomUUID()));
		}
		var caseloads = new Caseloads(851, new DemoUnits(new UnitId(UUID.randomUUID()), units), caseworkers);
		var contacts = new HashMap<StaffId, Integer>();
		var decidedBy = new HashSet<StaffId>();
		new PopulationGenerator(851, AalborgPopulationTests.CLOCK).generate(Calibration.aalborg(1.0))
			.stream()
			.map(caseloads::assign)
			.forEach(c -> {
				if (c.primaryContact() != null) {
					contacts.merge(c.primaryContact(), 1, Integer::sum);
				}
				c.visitations().forEach(v -> decidedBy.add(v.decidedBy()));
			});
		assertThat(contacts.get(raadgiver)).isBetween(55, 65);
		assertThat(contacts.values()).allSatisfy(n -> assertThat(n).isBetween(40, 125));
		assertThat(decidedBy).contains(raadgiver);
	}

}
