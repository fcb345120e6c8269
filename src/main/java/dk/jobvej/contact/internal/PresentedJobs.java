package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dk.jobvej.contact.SuggestedJob;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The concrete jobs of a conversation (seed 003: an IT tool ensures concrete jobs are part of the
 * conversations): suggested before it, by the caseworker or another module, and marked presented
 * when the conversation is held. Kept beside the conversation, not inside it, so a suggestion from
 * another module never collides with a caseworker's change of the booking.
 */
@Component
public class PresentedJobs {

	static final String MANUAL = "MANUAL";

	private final JdbcClient jdbc;

	PresentedJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A job of a conversation. */
	public record Job(UUID id, String title, @Nullable String employer, String source, @Nullable String reference,
			boolean presented) {
	}

	void add(Conversation conversation, Collection<SuggestedJob> jobs, boolean presented, String by, Instant now) {
		for (var job : jobs) {
			jdbc.sql("""
					insert into contact.presented_job (id, conversation, citizen, municipality_code, title, employer, source,
					                                   reference, presented, added_at, added_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), conversation.id().value(), conversation.citizen().value(),
						conversation.municipalityCode(), Texts.required("jobs", job.title(), Texts.NAME),
						Texts.optional("jobs", job.employer(), Texts.NAME),
						Texts.required("jobs", job.source(), 20), Texts.optional("jobs", job.reference(), Texts.NAME),
						presented, Timestamp.from(now), by)
				.update();
		}
	}

	/** Marks suggested jobs of the conversation presented; answers how many of them there were. */
	int markPresented(Conversation conversation, Collection<UUID> suggestions) {
		if (suggestions.isEmpty()) {
			return 0;
		}
		return jdbc.sql("update contact.presented_job set presented = true where conversation = :conversation and id in (:ids)")
			.param("conversation", conversation.id().value())
			.param("ids", suggestions)
			.update();
	}

	List<Job> of(UUID conversation) {
		return jdbc.sql("""
				select id, title, employer, source, reference, presented from contact.presented_job
				where conversation = ? order by presented desc, added_at, title""")
			.param(conversation)
			.query((rs, row) -> new Job(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("employer"),
					rs.getString("source"), rs.getString("reference"), rs.getBoolean("presented")))
			.list();
	}

}
