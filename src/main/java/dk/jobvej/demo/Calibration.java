package dk.jobvej.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.jobvej.citizen.BenefitType;

/**
 * Turns the key-figure table into plans per municipality. Aalborg gets its column. At national
 * scale each municipality of a column of the table gets that column (Esbjerg/Fanø split by
 * population), and the rest of each "Hele Landet" figure is shared among the other 92
 * municipalities in proportion to their population (largest remainder, so the sums are exact).
 * Besides the citizens on a benefit today come those whose benefit ended: enough within the
 * last year that about 29,000 Aalborg citizens were in contact with the jobcenter in a year
 * (DESIGN.md), and 30 % more whose last benefit ended one to five years ago.
 */
final class Calibration {

	/** (29,000 citizens in contact in a year - 24,411 on a benefit today) / 24,411. */
	static final double RECENTLY_ENDED_PER_CURRENT = (29_000.0 - 24_411) / 24_411;

	static final double EARLIER_ENDED_PER_CURRENT = 0.30;

	private Calibration() {
	}

	static MunicipalityPlan aalborg(double factor) {
		return plan(Municipalities.byCode(Municipalities.AALBORG), KeyFigures.aalborg(), factor);
	}

	/** Plans for all 98 municipalities, ordered by municipality code. */
	static List<MunicipalityPlan> national(double factor) {
		var all = Municipalities.all();
		var counts = new HashMap<Integer, Map<BenefitType, Integer>>();
		all.forEach(m -> counts.put(m.code(), new EnumMap<>(BenefitType.class)));
		var pinned = KeyFigures.municipalColumns();
		var others = all.stream()
			.filter(m -> pinned.keySet().stream().noneMatch(codes -> codes.contains(m.code())))
			.toList();
		for (var type : BenefitType.values()) {
			var rest = KeyFigures.national().get(type);
			for (var column : pinned.entrySet()) {
				var members = column.getKey().stream().map(Municipalities::byCode).toList();
				var shares = apportion(column.getValue().get(type), members);
				for (var i = 0; i < members.size(); i++) {
					counts.get(members.get(i).code()).put(type, shares[i]);
				}
				rest -= column.getValue().get(type);
			}
			var shares = apportion(rest, others);
			for (var i = 0; i < others.size(); i++) {
				counts.get(others.get(i).code()).put(type, shares[i]);
			}
		}
		var plans = new ArrayList<MunicipalityPlan>();
		all.forEach(m -> plans.add(plan(m, counts.get(m.code()), factor)));
		return plans;
	}

	private static MunicipalityPlan plan(Municipality municipality, Map<BenefitType, Integer> column, double factor) {
		var current = new EnumMap<BenefitType, Integer>(BenefitType.class);
		column.forEach((type, count) -> current.put(type, (int) Math.round(count * factor)));
		var total = KeyFigures.total(current);
		return new MunicipalityPlan(municipality, current, (int) Math.round(total * RECENTLY_ENDED_PER_CURRENT),
				(int) Math.round(total * EARLIER_ENDED_PER_CURRENT));
	}

	/** Shares {@code total} among the municipalities by population, largest remainder first. */
	static int[] apportion(int total, List<Municipality> among) {
		var population = among.stream().mapToLong(Municipality::population).sum();
		var shares = new int[among.size()];
		var remainders = new double[among.size()];
		var given = 0;
		for (var i = 0; i < among.size(); i++) {
			var exact = (double) total * among.get(i).population() / population;
			shares[i] = (int) Math.floor(exact);
			remainders[i] = exact - shares[i];
			given += shares[i];
		}
		var order = new ArrayList<Integer>();
		for (var i = 0; i < among.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
		for (var k = 0; k < total - given; k++) {
			shares[order.get(k)]++;
		}
		return shares;
	}

}
