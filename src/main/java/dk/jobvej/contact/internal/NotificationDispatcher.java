package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox: sends what is due through the {@link NotificationSender} and marks it sent. A
 * failed attempt is kept and tried again later (waiting twice as long each time, up to a limit), so a
 * notification is never lost; one without an e-mail address waits for one the same way. A
 * notification about a conversation that has begun is no longer of use: it is marked obsolete and
 * kept. Rows are locked while they are sent ({@code for update skip locked}), so two dispatchers
 * never send the same notification.
 */
@Component
class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	static final String NO_ADDRESS = "no-address";

	static final String OBSOLETE = "obsolete";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final NotificationSender sender;

	private final ContactProperties properties;

	private final Clock clock;

	NotificationDispatcher(JdbcClient jdbc, TransactionTemplate transactions, NotificationSender sender,
			ContactProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${jobvej.contact.notifications.dispatch-interval:30s}",
			initialDelayString = "${jobvej.contact.notifications.dispatch-interval:30s}")
	void dispatch() {
		try {
			dispatchDue(sender);
		}
		catch (RuntimeException ex) {
			log.warn("Dispatching notifications failed: {}", ex.getClass().getName());
		}
	}

	/** Sends what is due now with the sender; answers how many were sent. */
	int dispatchDue(NotificationSender through) {
		var sent = transactions.execute(status -> {
			var now = clock.instant();
			var due = jdbc.sql("""
					select n.id, n.subject, n.body, n.attempts, a.email, c.starts_at, n.kind
					from contact.notification n
					join contact.conversation c on c.id = n.conversation
					left join contact.notification_address a on a.citizen = n.citizen
					where n.sent_at is null and not n.undeliverable and n.next_attempt_at <= ?
					order by n.next_attempt_at
					limit ?
					for update of n skip locked""")
				.params(Timestamp.from(now), properties.notifications().batchSize())
				.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("body"),
						rs.getInt("attempts"), rs.getString("email"), rs.getTimestamp("starts_at").toInstant(),
						NotificationKind.valueOf(rs.getString("kind"))))
				.list();
			var count = 0;
			for (var notification : due) {
				if (notification.kind() != NotificationKind.CANCELLED && !notification.startsAt().isAfter(now)) {
					jdbc.sql("update contact.notification set undeliverable = true, last_error = ? where id = ?")
						.params(OBSOLETE, notification.id())
						.update();
				}
				else if (notification.email() == null) {
					failed(notification, NO_ADDRESS, now);
				}
				else {
					count += send(through, notification, now);
				}
			}
			return count;
		});
		return sent == null ? 0 : sent;
	}

	private int send(NotificationSender through, Due notification, Instant now) {
		try {
			through.send(new NotificationSender.OutgoingNotification(notification.id(), notification.email(),
					notification.subject(), notification.body()));
		}
		catch (Exception ex) {
			failed(notification, ex.getClass().getName(), now);
			return 0;
		}
		jdbc.sql("update contact.notification set sent_at = ?, attempts = attempts + 1, recipient = ?, last_error = null where id = ?")
			.params(Timestamp.from(now), notification.email(), notification.id())
			.update();
		return 1;
	}

	private void failed(Due notification, String error, Instant now) {
		var wait = wait(properties.notifications().firstRetry(), properties.notifications().longestRetry(),
				notification.attempts());
		jdbc.sql("update contact.notification set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
			.params(Timestamp.from(now.plus(wait)), error.length() > 500 ? error.substring(0, 500) : error,
					notification.id())
			.update();
	}

	/** A notification that is due, with the citizen's address now (if any). */
	private record Due(UUID id, String subject, String body, int attempts, @Nullable String email, Instant startsAt,
			NotificationKind kind) {
	}

	/** The wait before the next attempt: the first wait, doubled for every attempt so far, at most the longest. */
	static Duration wait(Duration first, Duration longest, int attempts) {
		var wait = first.multipliedBy(1L << Math.min(attempts, 20));
		return wait.compareTo(longest) > 0 ? longest : wait;
	}

}
