package dk.jobvej.cv;

/**
 * The parts of a CV the completeness indicator counts. A part is filled when it has at least one
 * entry; the driving licence when the citizen has answered (also "no driving licence"); the
 * wishes when hours per week and commuting distance are given. Which parts make a CV usable is a
 * setting ({@code jobvej.cv.usable-parts}).
 */
public enum CvPart {

	JOB_GOALS, EDUCATION, EXPERIENCE, SKILLS, LANGUAGES, DRIVING_LICENCE, WISHES, PROFILE

}
