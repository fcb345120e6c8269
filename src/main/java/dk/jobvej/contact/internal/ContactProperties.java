package dk.jobvej.contact.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the contact module ({@code jobvej.contact.*}).
 *
 * @param dueSoonDays how many days ahead "Mine opgaver" lists conversations coming due
 * @param consultationDays the citizen's deadline to answer a consultation (partshøring) after a
 * no-show; the law leaves the length to the authority (forvaltningsloven § 19), so it is a setting
 * @param selfBooking the limits of self-booking for units that have not set their own
 * @param notifications the outbox dispatcher
 */
@ConfigurationProperties("jobvej.contact")
record ContactProperties(@DefaultValue("14") int dueSoonDays, @DefaultValue("7") int consultationDays,
		@DefaultValue SelfBooking selfBooking, @DefaultValue Notifications notifications) {

	/**
	 * @param minNoticeHours a slot can be booked or left this many hours before it starts at the latest
	 * @param maxDaysAhead how far ahead slots are offered
	 * @param maxRebookings how often a citizen may move one booking
	 */
	record SelfBooking(@DefaultValue("24") int minNoticeHours, @DefaultValue("42") int maxDaysAhead,
			@DefaultValue("2") int maxRebookings) {
	}

	/**
	 * @param sender {@code log} (writes to the log; the demo) or {@code smtp} (e-mail through
	 * {@code spring.mail.*})
	 * @param from the sender address of the e-mails
	 * @param dispatchInterval how often the outbox is emptied
	 * @param firstRetry the wait after the first failed attempt; it doubles with each attempt
	 * @param longestRetry the longest wait between attempts
	 * @param batchSize the most notifications one round sends
	 * @param minSideUrl where the citizen sees their bookings, for the link in the e-mails
	 */
	record Notifications(@DefaultValue("log") String sender, @DefaultValue("jobcenter@jobvej.invalid") String from,
			@DefaultValue("30s") Duration dispatchInterval, @DefaultValue("1m") Duration firstRetry,
			@DefaultValue("6h") Duration longestRetry, @DefaultValue("50") int batchSize,
			@DefaultValue("http://localhost:8080/min-side/samtaler") String minSideUrl) {
	}

}
