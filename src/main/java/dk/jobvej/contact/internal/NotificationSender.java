package dk.jobvej.contact.internal;

/**
 * Delivers one notification to a citizen. The outbox calls it after the change that caused the
 * notification has committed, and calls it again later when it throws: an implementation reports
 * every failure by throwing, never by swallowing it.
 */
public interface NotificationSender {

	void send(OutgoingNotification notification) throws Exception;

	/** A notification ready to go: the citizen's e-mail address, a subject and a plain-text body. */
	record OutgoingNotification(java.util.UUID id, String recipient, String subject, String body) {
	}

}
