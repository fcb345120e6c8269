package dk.jobvej.employer;

/** A company's size by employees, in the bands Statistics Denmark uses. */
public enum CompanySize {

	/** 0–9 employees. */
	MICRO,

	/** 10–49 employees. */
	SMALL,

	/** 50–249 employees. */
	MEDIUM,

	/** 250 employees or more. */
	LARGE

}
