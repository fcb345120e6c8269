package dk.jobvej.rehab.internal;

/**
 * The kinds of rule the rehabilitation module keeps as effective-dated rows, and how their value
 * reads: a flag ({@code true}/{@code false}), an ISO-8601 period ({@code P4W}), a whole number, a
 * name (a document kind, a team function) or {@code none} for "no such rule any more".
 */
public enum RuleKind {

	/** Whether a case of the type (subject) goes to the rehabilitation team: flag. */
	TEAM_REQUIRED,

	/** Whether a new case of the type may arise on a day: flag. */
	NEW_CASES,

	/** How long after the case arose it must be treated: period or none. */
	DEADLINE,

	/** A document the case type needs (one row per document): document kind. */
	REQUIRED_DOCUMENT,

	/** A function the team must have (one row per function; subject ALL): team function. */
	TEAM_FUNCTION,

	/** The shortest grant of a course (subject JAF or RF): period. */
	COURSE_GRANT_MIN,

	/** The longest grant at a time of a course: period. */
	COURSE_GRANT_MAX,

	/** Whether new courses may start (subject RF): flag. */
	NEW_COURSES,

	/** Without an effort started within this period of the course's start, the case goes back: period. */
	NO_EFFORT_REVIEW,

	/** First follow-up conversation after the first day of absence (subject a category): period. */
	SDP_FIRST_FOLLOW_UP,

	/** First conversation after a request for early follow-up: period. */
	SDP_EARLY_FOLLOW_UP,

	/** Conversations required in the first half year of the sickness: number. */
	SDP_FOLLOW_UPS_HALF_YEAR,

	/** The usual interval between follow-up conversations (local practice): period. */
	SDP_FOLLOW_UP_INTERVAL,

	/** Employed people expected back within this many weeks need no follow-up conversations: number or none. */
	SDP_EMPLOYED_EXEMPT_BELOW_WEEKS,

	/** Reassessment when more than this many weeks were paid in the window: number. */
	SDP_REASSESSMENT_WEEKS,

	/** The window of the reassessment count: period. */
	SDP_REASSESSMENT_WINDOW,

	/** The longest extension on a ground of SDL § 27 (subject GROUND_1..7): number of weeks or none. */
	SDP_EXTENSION_MAX_WEEKS

}
