package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import dk.jobvej.contact.ImportedConversation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code contact.latest_held}, the latest individual conversation held per citizen, which is
 * all the due dates need of the conversations held: moved forward (never back) when a conversation
 * is recorded as held or imported, in the same transaction.
 */
@Component
class LatestHeld {

	private static final String UPSERT = """
			insert into contact.latest_held (citizen, municipality_code, held_at) values (?, ?, ?)
			on conflict (citizen) do update set held_at = greatest(contact.latest_held.held_at, excluded.held_at)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	LatestHeld(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A conversation was held (or recorded as held). */
	void held(Conversation conversation) {
		if (conversation.status() == Status.HELD && conversation.kind().individual()) {
			jdbc.sql(UPSERT)
				.params(conversation.citizen().value(), conversation.municipalityCode(),
						Timestamp.from(conversation.startsAt()))
				.update();
		}
	}

	/** Conversations imported in bulk: the latest held of each citizen among them. */
	void imported(List<ImportedConversation> conversations) {
		var latest = new HashMap<UUID, ImportedConversation>();
		for (var conversation : conversations) {
			if ("HELD".equals(conversation.status()) && conversation.kind().individual()) {
				latest.merge(conversation.citizen().value(), conversation,
						(one, other) -> one.startsAt().isAfter(other.startsAt()) ? one : other);
			}
		}
		var rows = latest.values()
			.stream()
			.map(c -> new Object[] { c.citizen().value(), c.municipalityCode(), Timestamp.from(c.startsAt()) })
			.toList();
		if (!rows.isEmpty()) {
			template.batchUpdate(UPSERT, rows);
		}
	}

}
