package dk.jobvej.employer.internal;

import java.util.List;
import java.util.Set;

/**
 * The branches a company can be in: the ten main groups (10-grupperingen) of Statistics Denmark's
 * industry classification DB07 (https://www.dst.dk/da/Statistik/dokumentation/nomenklaturer/db07).
 * Their names are in the message bundle ({@code employer.branch.<code>}).
 */
public final class Branches {

	public static final List<String> CODES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10");

	private static final Set<String> VALID = Set.copyOf(CODES);

	private Branches() {
	}

	static boolean valid(String code) {
		return VALID.contains(code);
	}

}
