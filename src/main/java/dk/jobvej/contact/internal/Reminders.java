package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the reminder the day before: for every conversation booked for tomorrow (Danish date), one
 * reminder per start time, so a conversation moved to another day is reminded again. Runs every
 * few minutes; a reminder already queued is not queued twice.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final NotificationOutbox outbox;

	private final Clock clock;

	Reminders(JdbcClient jdbc, Conversations conversations, NotificationOutbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${jobvej.contact.notifications.reminder-interval:10m}", initialDelay = 60_000)
	void remind() {
		try {
			queueFor(LocalDate.now(clock).plusDays(1));
		}
		catch (RuntimeException ex) {
			log.warn("Queueing reminders failed: {}", ex.getClass().getName());
		}
	}

	/** Queues reminders for the conversations booked on the day; answers how many were new. */
	@Transactional
	int queueFor(LocalDate day) {
		var zone = clock.getZone();
		var ids = jdbc.sql("""
				select c.id from contact.conversation c
				where c.status = 'BOOKED' and c.starts_at >= ? and c.starts_at < ?
				  and not exists (select 1 from contact.notification n where n.conversation = c.id and n.kind = 'REMINDER'
				                  and n.dedup_key = to_char(c.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))""")
			.params(Timestamp.from(day.atStartOfDay(zone).toInstant()),
					Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
			.query(UUID.class)
			.list();
		conversations.findAllById(ids)
			.forEach(conversation -> outbox.enqueue(conversation, NotificationKind.REMINDER, key(conversation)));
		return ids.size();
	}

	/** The reminder's key: the start time, in UTC, as the query above writes it. */
	static String key(Conversation conversation) {
		return java.time.format.DateTimeFormatter.ISO_INSTANT
			.format(conversation.startsAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

}
