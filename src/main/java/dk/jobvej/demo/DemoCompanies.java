package dk.jobvej.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dk.jobvej.rehab.Company;

/**
 * Invented companies of Aalborg for the demo: a name made of a place or trade word and a kind of
 * business, and a CVR number that passes modulus 11. None is a real company.
 */
final class DemoCompanies {

	private static final List<String> FIRST = List.of("Limfjords", "Nørresundby", "Vesterå", "Skalborg", "Hasseris",
			"Klarup", "Gistrup", "Vodskov", "Nibe", "Hals", "Svenstrup", "Storvorde", "Nordjysk", "Himmerlands",
			"Østerå", "Vestbyens", "Havnefronts", "Karolinelund", "Lindholm", "Sulsted");

	private static final List<String> KIND = List.of("Byg ApS", "Tømrer og Snedker ApS", "Rengøring A/S",
			"Transport ApS", "Auto ApS", "El-service ApS", "VVS A/S", "Bageri ApS", "Køkken og Kantine ApS",
			"Plejecenter", "Logistik A/S", "Maskinfabrik A/S", "Malerfirma ApS", "IT ApS", "Dagligvarer A/S",
			"Anlæg og Gartneri ApS", "Revision ApS", "Hotel ApS", "Metal A/S", "Børnehus");

	private static final int[] WEIGHTS = { 2, 7, 6, 5, 4, 3, 2 };

	private DemoCompanies() {
	}

	/** {@code count} different companies, the same for the same random stream. */
	static List<Company> make(SplittableRandom random, int count) {
		var companies = new ArrayList<Company>();
		var names = new java.util.HashSet<String>();
		var numbers = new java.util.HashSet<String>();
		while (companies.size() < count) {
			var name = FIRST.get(random.nextInt(FIRST.size())) + " " + KIND.get(random.nextInt(KIND.size()));
			if (!names.add(name)) {
				name = name + " " + (companies.size() + 1);
				names.add(name);
			}
			var cvr = cvr(random);
			if (numbers.add(cvr)) {
				companies.add(new Company(cvr, name));
			}
		}
		return companies;
	}

	/** Seven digits (the first not 0) and the modulus 11 check digit; remainder 1 has none, so draw again. */
	static String cvr(SplittableRandom random) {
		while (true) {
			var digits = new StringBuilder();
			var sum = 0;
			for (var i = 0; i < 7; i++) {
				var digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
				digits.append(digit);
				sum += digit * WEIGHTS[i];
			}
			var check = (11 - sum % 11) % 11;
			if (check < 10) {
				return digits.append(check).toString();
			}
		}
	}

}
