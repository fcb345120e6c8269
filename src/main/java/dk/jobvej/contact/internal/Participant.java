package dk.jobvej.contact.internal;

import dk.jobvej.contact.ParticipantRole;

import org.springframework.data.relational.core.mapping.Table;

/** Someone besides the citizen and the caseworker who takes part in a conversation. Part of {@link Conversation}. */
@Table(schema = "contact", name = "participant")
public record Participant(ParticipantRole role, String name) {

	static Participant of(ParticipantRole role, String name) {
		return new Participant(role, Texts.required("participants", name, Texts.NAME));
	}

}
