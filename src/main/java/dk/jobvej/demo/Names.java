package dk.jobvej.demo;

import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Danish names from {@code demo/names.txt}: given names by gender and generation, common
 * Danish family names (sometimes two, as in "Holm Jensen"), and names common among refugees
 * and immigrants in the integration target group.
 */
final class Names {

	/** Born in or after this year: the younger generation's given names. */
	static final int YOUNGER_FROM = 1985;

	private static final Map<String, WeightedList<String>> LISTS = Resources.sections("demo/names.txt")
		.entrySet()
		.stream()
		.collect(Collectors.toMap(Map.Entry::getKey, e -> WeightedList.byRank(e.getValue())));

	private Names() {
	}

	/** A given and a family name. */
	record PersonName(String given, String family) {

		String full() {
			return given + " " + family;
		}

	}

	static PersonName pick(RandomGenerator random, boolean female, int birthYear, boolean integration) {
		if (integration) {
			var given = list(female ? "female-integration" : "male-integration").pick(random);
			return new PersonName(given, list("family-integration").pick(random));
		}
		var generation = birthYear >= YOUNGER_FROM ? "younger" : "older";
		var given = list((female ? "female-" : "male-") + generation).pick(random);
		var family = list("family").pick(random);
		if (random.nextDouble() < 0.12) {
			var middle = list("family").pick(random);
			if (!middle.equals(family)) {
				family = middle + " " + family;
			}
		}
		return new PersonName(given, family);
	}

	static WeightedList<String> list(String section) {
		var list = LISTS.get(section);
		if (list == null) {
			throw new IllegalArgumentException("No names " + section);
		}
		return list;
	}

}
