package dk.jobvej.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import dk.jobvej.citizen.Address;

/**
 * Addresses: in Aalborg Kommune a street of {@code demo/streets.txt} in one of its postcodes,
 * weighted by how many live there; elsewhere a common Danish street name in the municipality's
 * main postcode. House numbers are mostly low; in the city postcodes half the addresses are
 * flats with a floor and side ("2. tv.").
 */
final class Addresses {

	private static final Set<String> CITY_POSTCODES = Set.of("9000", "9200", "9210", "9220", "9400");

	private static final String[] SIDES = { "th.", "tv.", "mf." };

	private static final WeightedList<District> AALBORG;

	private static final List<String> OTHER_STREETS;

	static {
		var districts = new ArrayList<District>();
		var weights = new ArrayList<Double>();
		List<String> other = List.of();
		for (var section : Resources.sections("demo/streets.txt").entrySet()) {
			var header = section.getKey().split(";", -1);
			if (header[0].equals("other")) {
				other = section.getValue();
			}
			else {
				districts.add(new District(header[0], header[1], section.getValue()));
				weights.add(Double.parseDouble(header[2]));
			}
		}
		AALBORG = new WeightedList<>(districts, weights.stream().mapToDouble(Double::doubleValue).toArray());
		OTHER_STREETS = other;
	}

	private Addresses() {
	}

	/** A postcode area of Aalborg Kommune with its streets. */
	record District(String postcode, String town, List<String> streets) {
	}

	static List<District> aalborg() {
		return AALBORG.items();
	}

	static Address pick(RandomGenerator random, Municipality municipality) {
		if (municipality.code() == Municipalities.AALBORG) {
			var district = AALBORG.pick(random);
			var street = district.streets().get(random.nextInt(district.streets().size()));
			return new Address(street + " " + number(random, CITY_POSTCODES.contains(district.postcode())),
					district.postcode(), district.town());
		}
		var street = OTHER_STREETS.get(random.nextInt(OTHER_STREETS.size()));
		return new Address(street + " " + number(random, municipality.population() > 80_000), municipality.postcode(),
				municipality.town());
	}

	private static String number(RandomGenerator random, boolean city) {
		var number = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 140);
		var text = new StringBuilder().append(number);
		if (random.nextDouble() < 0.08) {
			text.append((char) ('A' + random.nextInt(3)));
		}
		if (city && random.nextBoolean()) {
			var floor = random.nextInt(6);
			text.append(", ")
				.append(floor == 0 ? "st." : floor + ".")
				.append(' ')
				.append(SIDES[random.nextInt(SIDES.length)]);
		}
		return text.toString();
	}

}
