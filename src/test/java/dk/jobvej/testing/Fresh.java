package dk.jobvej.testing;

import java.util.Random;
import java.util.UUID;

/**
 * Names and municipality codes that no other test uses, for tests that share one database and
 * must never meet each other's data.
 */
public final class Fresh {

	private static final Random RANDOM = new Random();

	private Fresh() {
	}

	/** The prefix followed by twelve random hexadecimal digits. */
	public static String name(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/**
	 * A municipality code no real municipality (codes above 1000 do not exist in Denmark) and, in
	 * all likelihood, no other test uses; a test that reads whole lists of a municipality takes one
	 * of its own, so that the lists hold only what it made.
	 */
	public static int municipality() {
		return 1000 + RANDOM.nextInt(1_000_000_000);
	}

}
