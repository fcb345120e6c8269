package dk.jobvej.rehab;

/** The courses the module follows: jobafklaringsforløb and ressourceforløb. */
public enum CourseType {

	/** Job-clarification course (jobafklaringsforløb), LAB chapter 18. */
	JAF,

	/** Resource course (ressourceforløb), LAB chapter 19. */
	RF

}
