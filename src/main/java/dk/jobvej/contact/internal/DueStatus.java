package dk.jobvej.contact.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.jobvej.citizen.BenefitType;

import org.jspecify.annotations.Nullable;

/**
 * When a citizen's next conversation is due, and why.
 *
 * @param state where the citizen stands today
 * @param due the last day the next jobcenter conversation may be held; null when none is due
 * @param rule the cadence rule that set the due date (or governs today's window)
 * @param anchor the first day of the current benefit run (weeks on benefit count from it)
 * @param week weeks on the current benefit (0 in the first week)
 * @param lastHeld the day of the last conversation held in the current benefit run
 * @param nextBooked the next booked conversation
 * @param exemptUntil the last day of today's absence or exemption (null when open-ended or none)
 */
public record DueStatus(State state, @Nullable LocalDate due, @Nullable CadenceRule rule, @Nullable BenefitType benefit,
		@Nullable LocalDate anchor, int week, @Nullable LocalDate lastHeld, @Nullable Instant nextBooked,
		@Nullable LocalDate exemptUntil) {

	static DueStatus none(State state) {
		return new DueStatus(state, null, null, null, null, 0, null, null, null);
	}

	/** Whether the next conversation is booked on or before the due date. */
	public boolean bookedInTime(java.time.ZoneId zone) {
		return nextBooked != null && due != null && !nextBooked.atZone(zone).toLocalDate().isAfter(due);
	}

	/** Where a citizen stands in the contact course. */
	public enum State {

		/** No benefit today: no contact course. */
		NO_BENEFIT,

		/** A benefit, but no cadence rule covers it (e.g. førtidspension, fleksjob). */
		NO_RULE,

		/** Absent or exempt today (sickness, holiday, maternity leave, individual exemption …). */
		EXEMPT,

		/** The a-kasse holds the conversations now; {@code due} is the jobcenter's first. */
		AKASSE,

		/** The due date has passed without a conversation. */
		OVERDUE,

		/** Due within the next days (14 by default). */
		DUE_SOON,

		/** Not due yet. */
		ON_TRACK

	}

}
