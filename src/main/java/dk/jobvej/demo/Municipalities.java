package dk.jobvej.demo;

import java.util.List;
import java.util.NoSuchElementException;

/** The 98 Danish municipalities, read from {@code demo/municipalities.csv}, ordered by code. */
final class Municipalities {

	static final int AALBORG = 851;

	private static final List<Municipality> ALL = Resources.lines("demo/municipalities.csv")
		.stream()
		.map(line -> line.split(";"))
		.map(f -> new Municipality(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), f[3], f[4]))
		.toList();

	private Municipalities() {
	}

	static List<Municipality> all() {
		return ALL;
	}

	static Municipality byCode(int code) {
		return ALL.stream()
			.filter(m -> m.code() == code)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No municipality " + code));
	}

	/** The position of the municipality in {@link #all()}. */
	static int indexOf(int code) {
		for (var i = 0; i < ALL.size(); i++) {
			if (ALL.get(i).code() == code) {
				return i;
			}
		}
		throw new NoSuchElementException("No municipality " + code);
	}

	static long totalPopulation() {
		return ALL.stream().mapToLong(Municipality::population).sum();
	}

}
