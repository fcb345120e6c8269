package dk.jobvej.contact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.contact.ConversationId;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar files (.ics): a citizen's own conversation from Min side, and a member of staff's
 * conversations from 30 days back to 180 days ahead for their calendar program. The staff calendar
 * names the citizens, so every citizen in it is audited as read.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Calendars {

	private final ConversationViews views;

	private final SelfBooking selfBooking;

	private final MessageSource messages;

	private final Clock clock;

	Calendars(ConversationViews views, SelfBooking selfBooking, MessageSource messages, Clock clock) {
		this.views = views;
		this.selfBooking = selfBooking;
		this.messages = messages;
		this.clock = clock;
	}

	public String citizenFile(CitizenId me, ConversationId id, Locale locale) {
		var conversation = selfBooking.own(me, id);
		var summary = messages.getMessage("contact.ics.citizenSummary",
				new Object[] { messages.getMessage("contact.kind." + conversation.kind(), null, locale),
						messages.getMessage("contact.channel." + conversation.channel(), null, locale) },
				locale);
		var description = messages.getMessage("contact.ics.citizenDescription",
				new Object[] { selfBooking.caseworkerName(conversation),
						conversation.agenda() == null ? "" : conversation.agenda() },
				locale);
		return ICalendar.of(messages.getMessage("contact.ics.citizenCalendar", null, locale),
				java.util.List.of(new ICalendar.Event(conversation.id() + "@jobvej.dk", conversation.startsAt(),
						conversation.endsAt(), summary, conversation.place(), description,
						conversation.status() == Status.CANCELLED, conversation.rebookings()
								+ (conversation.version() == null ? 0 : conversation.version()))),
				clock.instant());
	}

	public String staffCalendar(Locale locale) {
		var today = LocalDate.now(clock);
		var lines = views.calendar(today.minusDays(30), today.plusDays(181), "calendar-export");
		var events = lines.stream()
			.filter(line -> line.status() == Status.BOOKED || line.status() == Status.HELD
					|| line.status() == Status.CANCELLED)
			.map(line -> new ICalendar.Event(line.id() + "@jobvej.dk", line.startsAt().toInstant(),
					line.endsAt().toInstant(),
					messages.getMessage("contact.ics.staffSummary",
							new Object[] { messages.getMessage("contact.kind." + line.kind(), null, locale),
									messages.getMessage("contact.channel." + line.channel(), null, locale) },
							locale),
					line.place(), line.citizenName().isEmpty() ? null
							: messages.getMessage("contact.ics.staffDescription", new Object[] { line.citizenName() }, locale),
					line.status() == Status.CANCELLED, 0))
			.toList();
		return ICalendar.of(messages.getMessage("contact.ics.staffCalendar", null, locale), events, clock.instant());
	}

}
