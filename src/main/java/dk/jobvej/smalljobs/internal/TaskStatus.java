package dk.jobvej.smalljobs.internal;

/** Where a reported task stands: reported on the public form, confirmed or rejected by the bureau, closed. */
public enum TaskStatus {

	REPORTED, CONFIRMED, REJECTED, CLOSED

}
