package dk.jobvej.contact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.StaffMember;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes notifications to the outbox ({@code contact.notification}) in the transaction of the change
 * they announce: a booking that rolls back sends nothing, and one that commits is always announced.
 * The text is written in Danish now, with the facts as they are now; the address is looked up when
 * the notification is sent, so an address given later still reaches the citizen.
 */
@Component
class NotificationOutbox {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Organisation organisation;

	private final ContactProperties properties;

	private final Clock clock;

	NotificationOutbox(JdbcClient jdbc, MessageSource messages, Organisation organisation,
			ContactProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.organisation = organisation;
		this.properties = properties;
		this.clock = clock;
	}

	/** Queues a notification; a second one of the kind with the same key is not queued. */
	void enqueue(Conversation conversation, NotificationKind kind, String key) {
		var start = conversation.startsAt().atZone(clock.getZone());
		var caseworker = organisation.staffMember(conversation.caseworker()).map(StaffMember::name).orElse("");
		var channel = messages.getMessage("contact.channel." + conversation.channel(), null, DANISH);
		var place = conversation.place() == null ? "" : conversation.place();
		var prefix = "contact.mail." + kind.name().toLowerCase(Locale.ROOT);
		var arguments = new Object[] { start.format(DATE), start.format(TIME), channel, place, caseworker,
				properties.notifications().minSideUrl() };
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into contact.notification (id, citizen, municipality_code, conversation, kind, dedup_key, subject,
				                                  body, created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (conversation, kind, dedup_key) do nothing""")
			.params(UUID.randomUUID(), conversation.citizen().value(), conversation.municipalityCode(),
					conversation.id().value(), kind.name(), key, messages.getMessage(prefix + ".subject", arguments, DANISH),
					messages.getMessage(prefix + ".body", arguments, DANISH), now, now)
			.update();
	}

}
