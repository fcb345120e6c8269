package dk.jobvej.platform;

/** Something asked for by id does not exist (or is not visible to the asker). */
public class NotFound extends RuntimeException {

	private final String messageKey;

	public NotFound(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
