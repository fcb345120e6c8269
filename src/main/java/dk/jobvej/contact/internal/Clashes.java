package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import dk.jobvej.platform.RuleViolation;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * No double booking: a caseworker and a citizen have at most one booked conversation at a time. The
 * check before saving names the field and the booking it clashes with; the exclusion constraints of
 * {@code contact.conversation} catch two bookings that race past the check, and are answered the same way.
 */
@Component
class Clashes {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	private final Clock clock;

	Clashes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Refuses the time if the caseworker or the citizen has another booked conversation then. */
	void check(Conversation conversation) {
		jdbc.sql("""
				select c.starts_at, c.ends_at, c.caseworker = :caseworker as caseworker_busy
				from contact.conversation c
				where c.status = 'BOOKED' and c.id <> :id and (c.caseworker = :caseworker or c.citizen = :citizen)
				  and tstzrange(c.starts_at, c.ends_at) && tstzrange(:starts, :ends)
				order by caseworker_busy desc, c.starts_at
				limit 1""")
			.param("id", conversation.id().value())
			.param("caseworker", conversation.caseworker().value())
			.param("citizen", conversation.citizen().value())
			.param("starts", Timestamp.from(conversation.startsAt()))
			.param("ends", Timestamp.from(conversation.endsAt()))
			.query((rs, row) -> violation(rs.getBoolean("caseworker_busy") ? "caseworker" : "citizen",
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant()))
			.optional()
			.ifPresent(violation -> {
				throw violation;
			});
	}

	/** Saves, turning a race lost to the exclusion constraints into the same refusal as {@link #check}. */
	<T> T saving(Conversation conversation, java.util.function.Supplier<T> save) {
		try {
			return save.get();
		}
		catch (DataIntegrityViolationException ex) {
			var constraint = ex.getMostSpecificCause() instanceof PSQLException psql
					&& psql.getServerErrorMessage() != null ? psql.getServerErrorMessage().getConstraint() : null;
			if ("conversation_caseworker_free".equals(constraint)) {
				throw violation("caseworker", conversation.startsAt(), conversation.endsAt());
			}
			if ("conversation_citizen_free".equals(constraint)) {
				throw violation("citizen", conversation.startsAt(), conversation.endsAt());
			}
			throw ex;
		}
	}

	private RuleViolation violation(String field, Instant starts, Instant ends) {
		var zone = clock.getZone();
		return new RuleViolation(field, "contact.booking." + field + "Busy", starts.atZone(zone).format(DATE),
				starts.atZone(zone).format(TIME), ends.atZone(zone).format(TIME));
	}

}
