package dk.jobvej.youth;

/**
 * The steps of an education order (seed 001, LAB § 30). Each step has a deadline the caseworker
 * sets; the order moves one step at a time.
 */
public enum OrderStep {

	/** Step 1: propose one or more relevant educations within the deadline. */
	TRIN_1,

	/** Step 2: apply for admission to one of the proposed educations. */
	TRIN_2,

	/** Step 3: state where they applied; start the education they were admitted to. */
	TRIN_3,

	/** Step 4: start and complete the education (the young person is in education). */
	TRIN_4;

	public int number() {
		return ordinal() + 1;
	}

	public boolean last() {
		return this == TRIN_4;
	}

	public OrderStep next() {
		return values()[ordinal() + 1];
	}

}
