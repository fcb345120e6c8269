package dk.jobvej.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dk.jobvej.citizen.Cpr;

/**
 * The CPR numbers of the demo data. Every one of them is generated; none is taken from a list of
 * real people. The scheme: for a birth date and a gender, the candidate serial numbers (the four
 * digits after the date) are all those whose first digit gives the right century, whose last
 * digit is even for women and odd for men, and with which the whole number passes modulus 11 –
 * in ascending order. That list is cut into 98 consecutive slices, one per municipality in order
 * of municipality code, each at least one serial long and otherwise sized by population, and a
 * municipality hands out its slice from the start. So the numbers are unique within and across
 * municipalities, and each municipality can be generated on its own. When a municipality's slice
 * for a date is used up, the birth date moves by a day (+1, -1, +2, -2, ...).
 */
final class CprNumbers {

	private static final int[] DATE_WEIGHTS = { 4, 3, 2, 7, 6, 5 };

	private static final Map<Integer, int[]> CANDIDATES = new ConcurrentHashMap<>();

	private static final Map<Integer, int[]> SLICES = new ConcurrentHashMap<>();

	private CprNumbers() {
	}

	/** A fresh allocator for one municipality. */
	static Allocator allocator(int municipalityCode) {
		return new Allocator(Municipalities.indexOf(municipalityCode));
	}

	/** The candidate serial numbers for a birth date and gender, ascending. */
	static int[] candidates(LocalDate birth, boolean female) {
		var twoDigitYear = birth.getYear() % 100;
		var century = birth.getYear() - twoDigitYear;
		var firstDigits = 0;
		for (var digit = 0; digit <= 9; digit++) {
			if (century(twoDigitYear, digit) == century) {
				firstDigits |= 1 << digit;
			}
		}
		var residue = dateSum(birth) % 11;
		var key = (firstDigits << 5) | (residue << 1) | (female ? 1 : 0);
		var allowed = firstDigits;
		return CANDIDATES.computeIfAbsent(key, k -> serials(allowed, residue, female));
	}

	/** Where each municipality's slice of a candidate list of the given length starts; 99 entries. */
	static int[] slices(int length) {
		return SLICES.computeIfAbsent(length, CprNumbers::cut);
	}

	private static int[] cut(int length) {
		List<Municipality> all = Municipalities.all();
		var spare = length - all.size();
		if (spare < 0) {
			throw new IllegalStateException("Too few CPR serial numbers to share: " + length);
		}
		var starts = new int[all.size() + 1];
		var population = Municipalities.totalPopulation();
		for (var i = 0; i < all.size(); i++) {
			starts[i + 1] = starts[i] + 1 + (int) (spare * all.get(i).population() / population);
		}
		return starts;
	}

	private static int[] serials(int firstDigits, int residue, boolean female) {
		var found = new int[10_000];
		var count = 0;
		for (var serial = 0; serial < 10_000; serial++) {
			var a = serial / 1000;
			var b = serial / 100 % 10;
			var c = serial / 10 % 10;
			var d = serial % 10;
			if ((firstDigits & (1 << a)) != 0 && (d % 2 == 0) == female
					&& (residue + 4 * a + 3 * b + 2 * c + d) % 11 == 0) {
				found[count++] = serial;
			}
		}
		return java.util.Arrays.copyOf(found, count);
	}

	private static int dateSum(LocalDate birth) {
		var digits = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
		var sum = 0;
		for (var i = 0; i < 6; i++) {
			sum += (digits.charAt(i) - '0') * DATE_WEIGHTS[i];
		}
		return sum;
	}

	/** The CPR office's century table: the seventh digit and the two-digit year give the century. */
	static int century(int twoDigitYear, int seventh) {
		return switch (seventh) {
			case 0, 1, 2, 3 -> 1900;
			case 4, 9 -> twoDigitYear <= 36 ? 2000 : 1900;
			default -> twoDigitYear <= 57 ? 2000 : 1800;
		};
	}

	/** Hands out the CPR numbers of one municipality, each once. Not thread-safe. */
	static final class Allocator {

		private final int municipalityIndex;

		private final Map<Long, Integer> used = new HashMap<>();

		private Allocator(int municipalityIndex) {
			this.municipalityIndex = municipalityIndex;
		}

		/** A new CPR number for someone born on that day, or as near to it as the slices allow. */
		Cpr next(LocalDate birth, boolean female) {
			for (var step = 0;; step++) {
				var shift = (step + 1) / 2 * (step % 2 == 1 ? 1 : -1);
				var day = birth.plusDays(shift);
				var candidates = candidates(day, female);
				var slices = slices(candidates.length);
				var key = day.toEpochDay() * 2 + (female ? 1 : 0);
				var taken = used.getOrDefault(key, 0);
				var position = slices[municipalityIndex] + taken;
				if (position < slices[municipalityIndex + 1]) {
					used.put(key, taken + 1);
					return new Cpr(String.format("%02d%02d%02d%04d", day.getDayOfMonth(), day.getMonthValue(),
							day.getYear() % 100, candidates[position]));
				}
			}
		}

	}

}
