package dk.jobvej.contact.internal;

/** Why a citizen is notified. */
enum NotificationKind {

	BOOKED, CHANGED, REASSIGNED, CANCELLED, REMINDER

}
