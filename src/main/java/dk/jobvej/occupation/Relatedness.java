package dk.jobvej.occupation;

/**
 * How close two occupations are, for partial matches: the same unit group counts fully, a listed
 * relation (a related occupation people move between) by its weight, the same minor group
 * (three digits) and the same sub-major group (two digits) less. See the module's documentation
 * for the weights and why.
 *
 * @param weight 0 (unrelated) to 1 (the same occupation)
 * @param kind why they are related
 */
public record Relatedness(double weight, Kind kind) {

	public static final Relatedness NONE = new Relatedness(0, Kind.NONE);

	/** Why two occupations count as related. */
	public enum Kind {

		SAME, LISTED, SAME_MINOR_GROUP, SAME_SUB_MAJOR_GROUP, NONE

	}

	public boolean any() {
		return weight > 0;
	}

}
