package dk.jobvej.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.jobvej.identity.Role;

/**
 * How many caseworkers (rådgivere), mentors, company consultants and team leaders each house
 * has: caseworkers so that each has about {@link House#caseload()} citizens on a running
 * benefit (at least one per house, as finished cases were decided by someone there), mentors
 * per {@link House#caseworkersPerMentor()} caseworkers, one company consultant per 1,000
 * citizens on a benefit in Rekrutteringsenheden, and a team leader per 15 staff. In Aalborg the
 * named demo users count towards these numbers. Staff per municipality thus follow its
 * citizens. Usernames are {@code <municipality>-<house>-<r|m|v|l><n>}, e.g. {@code 851-jah-r007}.
 */
final class Staffing {

	static final int STAFF_PER_LEADER = 15;

	static final int CITIZENS_PER_CONSULTANT = 1000;

	private static final List<Role> ROLES = List.of(Role.CASEWORKER, Role.MENTOR, Role.COMPANY_CONSULTANT,
			Role.TEAM_LEADER);

	private Staffing() {
	}

	/** The staff of each house for these numbers of citizens on a running benefit. */
	static Map<House, Map<Role, Integer>> sizes(Map<House, Integer> current) {
		var total = current.values().stream().mapToInt(Integer::intValue).sum();
		var sizes = new EnumMap<House, Map<Role, Integer>>(House.class);
		for (var house : House.values()) {
			var citizens = current.getOrDefault(house, 0);
			var caseworkers = house.caseload() == 0 ? 0
					: Math.max(1, (int) Math.round((double) citizens / house.caseload()));
			var mentors = house.caseworkersPerMentor() == 0 ? 0
					: (int) Math.round((double) caseworkers / house.caseworkersPerMentor());
			var consultants = house == House.REKRUTTERINGSENHEDEN
					? Math.max(1, (int) Math.round((double) total / CITIZENS_PER_CONSULTANT)) : 0;
			var leaders = Math.max(1, (int) Math.ceil((caseworkers + mentors + consultants) / (double) STAFF_PER_LEADER));
			var roles = new EnumMap<Role, Integer>(Role.class);
			roles.put(Role.CASEWORKER, caseworkers);
			roles.put(Role.MENTOR, mentors);
			roles.put(Role.COMPANY_CONSULTANT, consultants);
			roles.put(Role.TEAM_LEADER, leaders);
			sizes.put(house, roles);
		}
		return sizes;
	}

	/** The staff to generate: the sizes less the named demo users already in a house. */
	static List<PlannedStaff> plan(long seed, Municipality municipality, Map<House, Integer> current) {
		var random = PopulationGenerator.random(seed, municipality.code(), "staff");
		var named = municipality.code() == Municipalities.AALBORG ? DemoOrganisation.NAMED_USERS : List.<NamedUser>of();
		var staff = new ArrayList<PlannedStaff>();
		for (var house : sizes(current).entrySet()) {
			for (var role : ROLES) {
				var already = named.stream().filter(u -> u.house() == house.getKey() && u.role() == role).count();
				for (var n = 1; n <= house.getValue().get(role) - already; n++) {
					var name = Names.pick(random, random.nextDouble() < 0.65, 1960 + random.nextInt(38),
							random.nextDouble() < 0.05);
					staff.add(new PlannedStaff(username(municipality, house.getKey(), role, n), name.full(),
							house.getKey(), role));
				}
			}
		}
		return staff;
	}

	static String username(Municipality municipality, House house, Role role, int n) {
		var letter = switch (role) {
			case CASEWORKER -> "r";
			case MENTOR -> "m";
			case COMPANY_CONSULTANT -> "v";
			default -> "l";
		};
		return "%d-%s-%s%03d".formatted(municipality.code(), house.slug(), letter, n);
	}

}
