package dk.jobvej.rehab;

/**
 * A company as the sickness-benefit follow-up knows it: a CVR number and a name. A plain value
 * until an employer module owns companies. The CVR number has 8 digits and passes modulus 11
 * (weights 2, 7, 6, 5, 4, 3, 2, 1).
 */
public record Company(String cvr, String name) {

	private static final int[] WEIGHTS = { 2, 7, 6, 5, 4, 3, 2, 1 };

	public Company {
		cvr = cvr.strip();
		name = name.strip();
		if (!valid(cvr)) {
			throw new IllegalArgumentException("Not a CVR number");
		}
		if (name.isEmpty() || name.length() > 200) {
			throw new IllegalArgumentException("A company needs a name of at most 200 characters");
		}
	}

	/** Whether the text is a CVR number: 8 digits, modulus 11. */
	public static boolean valid(String cvr) {
		if (!cvr.matches("[0-9]{8}")) {
			return false;
		}
		var sum = 0;
		for (var i = 0; i < 8; i++) {
			sum += (cvr.charAt(i) - '0') * WEIGHTS[i];
		}
		return sum % 11 == 0;
	}

}
