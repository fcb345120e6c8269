package dk.jobvej.contact;

/** Who called a conversation off. */
public enum CancelledBy {

	/** The citizen cancelled (on Min side or by calling). */
	CITIZEN,

	/** The jobcenter cancelled, e.g. the caseworker is ill and no colleague could take over. */
	JOBCENTER,

	/** Another party, e.g. the a-kasse or an employer taking part. */
	OTHER

}
