package dk.jobvej.demo;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.jobvej.citizen.BenefitType;

/**
 * The key-figure table of seed 000: full-time persons on public support per benefit in June 2018
 * for Esbjerg/Fanø, København, Odense, Randers, Aalborg, Aarhus and the whole country
 * ({@code demo/key-figures-2018-06.csv}).
 */
final class KeyFigures {

	private static final Map<List<Integer>, Map<BenefitType, Integer>> MUNICIPAL = new LinkedHashMap<>();

	private static final Map<BenefitType, Integer> NATIONAL = new EnumMap<>(BenefitType.class);

	static {
		var lines = Resources.lines("demo/key-figures-2018-06.csv");
		var header = lines.getFirst().split(";");
		var columns = new java.util.ArrayList<Map<BenefitType, Integer>>();
		for (var i = 1; i < header.length; i++) {
			var column = new EnumMap<BenefitType, Integer>(BenefitType.class);
			columns.add(column);
		}
		for (var line : lines.subList(1, lines.size())) {
			var fields = line.split(";");
			var type = BenefitType.valueOf(fields[0]);
			for (var i = 1; i < fields.length; i++) {
				columns.get(i - 1).put(type, Integer.parseInt(fields[i]));
			}
		}
		for (var i = 1; i < header.length; i++) {
			if (header[i].equals("all")) {
				NATIONAL.putAll(columns.get(i - 1));
			}
			else {
				var codes = Arrays.stream(header[i].split("\\+")).map(Integer::valueOf).toList();
				MUNICIPAL.put(codes, Map.copyOf(columns.get(i - 1)));
			}
		}
	}

	private KeyFigures() {
	}

	/** Aalborg's column. */
	static Map<BenefitType, Integer> aalborg() {
		return MUNICIPAL.get(List.of(Municipalities.AALBORG));
	}

	/** The "Hele Landet" column. */
	static Map<BenefitType, Integer> national() {
		return Map.copyOf(NATIONAL);
	}

	/** The municipal columns, keyed by the municipality codes each column covers. */
	static Map<List<Integer>, Map<BenefitType, Integer>> municipalColumns() {
		return MUNICIPAL;
	}

	static int total(Map<BenefitType, Integer> column) {
		return column.values().stream().mapToInt(Integer::intValue).sum();
	}

}
