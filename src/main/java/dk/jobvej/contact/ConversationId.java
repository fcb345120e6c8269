package dk.jobvej.contact;

import java.util.UUID;

/** Identifies a conversation (samtale); may appear in URLs and logs. */
public record ConversationId(UUID value) {

	public static ConversationId of(String value) {
		return new ConversationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
