package dk.jobvej.contact.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.SuggestedJob;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal note a held conversation leaves in the citizen's journal, in Danish: when, how and
 * what kind of conversation, the summary and the concrete jobs presented; at most the journal's
 * 4,000 characters.
 */
@Component
class JournalTexts {

	static final int JOURNAL = 4000;

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final MessageSource messages;

	JournalTexts(MessageSource messages) {
		this.messages = messages;
	}

	String held(java.time.Instant at, ZoneId zone, ConversationKind kind, Channel channel, String summary,
			List<SuggestedJob> jobs) {
		var start = at.atZone(zone);
		var text = new StringBuilder(messages.getMessage("contact.journal.held",
				new Object[] { messages.getMessage("contact.kind." + kind, null, DANISH),
						start.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
						start.format(DateTimeFormatter.ofPattern("HH:mm")),
						messages.getMessage("contact.channel." + channel, null, DANISH) },
				DANISH))
			.append("\n\n")
			.append(summary);
		if (!jobs.isEmpty()) {
			text.append("\n\n").append(messages.getMessage("contact.journal.jobs", null, DANISH));
			for (var job : jobs) {
				text.append("\n- ").append(job.title());
				if (job.employer() != null) {
					text.append(", ").append(job.employer());
				}
			}
		}
		return text.length() <= JOURNAL ? text.toString() : text.substring(0, JOURNAL - 1) + "…";
	}

}
