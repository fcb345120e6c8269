package dk.jobvej.contact.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar files (RFC 5545): one VCALENDAR with a VEVENT per conversation, times in UTC
 * (so no VTIMEZONE is needed and every calendar places them right across the clock changes), text
 * escaped (§ 3.3.11), lines ended with CRLF and folded at 75 octets (§ 3.1) without splitting a
 * UTF-8 character.
 */
final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	/** One event of the calendar. */
	record Event(String uid, Instant start, Instant end, String summary, @Nullable String location,
			@Nullable String description, boolean cancelled, int sequence) {
	}

	static String of(String name, List<Event> events, Instant stamp) {
		var out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Jobvej//Kontaktforloeb//DA");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(name));
		for (var event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + event.uid());
			line(out, "DTSTAMP:" + UTC.format(stamp));
			line(out, "DTSTART:" + UTC.format(event.start()));
			line(out, "DTEND:" + UTC.format(event.end()));
			line(out, "SEQUENCE:" + event.sequence());
			line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "SUMMARY:" + text(event.summary()));
			if (event.location() != null) {
				line(out, "LOCATION:" + text(event.location()));
			}
			if (event.description() != null) {
				line(out, "DESCRIPTION:" + text(event.description()));
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** TEXT value escaping: backslash, semicolon, comma and line breaks. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	/** Appends a content line, folded so no physical line exceeds 75 octets. */
	static void line(StringBuilder out, String content) {
		var octets = 0;
		var limit = 75;
		for (var i = 0; i < content.length();) {
			var codePoint = content.codePointAt(i);
			var size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
