package dk.jobvej.contact;

/**
 * How a conversation is held (DFDG: kontaktform). Seed 003 counts Aalborg's 182,000
 * conversations of 2022 as 80,000 by phone, 76,000 physical and 26,000 digital.
 */
public enum Channel {

	/** Personal attendance (personligt fremmøde). */
	FYSISK,

	/** By telephone. */
	TELEFON,

	/** By video, i.e. digital attendance (digitalt fremmøde). */
	VIDEO

}
