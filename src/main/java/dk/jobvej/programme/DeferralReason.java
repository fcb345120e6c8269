package dk.jobvej.programme;

/** Why a programme visitation was deferred (udskudt visitation). */
public enum DeferralReason {

	/** Barsel. */
	MATERNITY,

	/** Afsoning af fængselsstraf under to år. */
	PRISON,

	/** Sygdom med fritagelse fra kontaktforløbet. */
	ILLNESS,

	/** Anden midlertidig fritagelse. */
	OTHER

}
