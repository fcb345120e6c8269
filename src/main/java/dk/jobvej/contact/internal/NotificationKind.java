package dk.jobvej.contact.internal;

/** Why a citizen is notified. */
public enum NotificationKind {

	BOOKED, CHANGED, REASSIGNED, CANCELLED, REMINDER

}
