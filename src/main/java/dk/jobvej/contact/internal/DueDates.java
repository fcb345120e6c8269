package dk.jobvej.contact.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.contact.internal.CadenceBook.Window;
import dk.jobvej.contact.internal.ContactFacts.Absence;
import dk.jobvej.contact.internal.DueStatus.State;

import org.jspecify.annotations.Nullable;

/**
 * When a citizen's next conversation is due: a pure function of the citizen's history, what the
 * contact module knows (conversations held and booked, absences, programmes), the cadence rules and
 * the day. No clock, no database: the same arguments always give the same answer.
 *
 * <ol>
 * <li>The current benefit run starts on the first day of the benefit period running today, reaching
 * back through earlier periods of the same benefit that touch it (a change of benefit starts a new
 * course, as LAB did from 2020). Weeks on benefit count from that day.</li>
 * <li>The rules lay the run out in windows of weeks, each held by the jobcenter or the a-kasse
 * ({@link CadenceBook#windows}).</li>
 * <li>Without a jobcenter conversation in the run (or only before the jobcenter's first window), the
 * first is due {@code firstDueDays} after the first jobcenter window starts. Otherwise the next is due
 * one interval after the last; when that falls beyond the window, the next window's interval counts
 * from the last conversation (never before that window starts). A rule whose cadence is agreed takes
 * the next booked conversation, if it comes sooner.</li>
 * <li>A due date inside an absence or exemption moves to the day after it.</li>
 * </ol>
 * Conversations count on the day they started in Danish time, whatever the clock change.
 */
final class DueDates {

	private final ZoneId zone;

	private final int dueSoonDays;

	DueDates(ZoneId zone, int dueSoonDays) {
		this.zone = zone;
		this.dueSoonDays = dueSoonDays;
	}

	DueStatus status(CitizenHistory history, ContactFacts facts, CadenceBook book, LocalDate today) {
		var current = history.benefitOn(today);
		if (current.isEmpty()) {
			return DueStatus.none(State.NO_BENEFIT);
		}
		var benefit = current.get();
		var anchor = anchor(history.benefits(), benefit);
		var week = weekOf(anchor, today);
		var programmes = facts.memberships()
			.stream()
			.filter(membership -> membership.covers(today))
			.map(ContactFacts.Membership::programme)
			.collect(Collectors.toSet());
		var windows = book.windows(new CadenceBook.Criteria(history.municipalityCode(), benefit.type(),
				history.targetGroup(), history.categoryOn(today).orElse(null), programmes), anchor, today);
		var lastHeld = lastHeld(facts.held(), anchor, today);
		var now = windowAt(windows, week);
		if (now == null) {
			return new DueStatus(State.NO_RULE, null, null, benefit.type(), anchor, week, lastHeld, facts.nextBooked(),
					null);
		}
		var due = dueDate(windows, anchor, lastHeld);
		var dueRule = due == null ? now.rule() : ruleAt(windows, anchor, due, now);
		if (due != null && dueRule.agreed() && facts.nextBooked() != null) {
			var booked = facts.nextBooked().atZone(zone).toLocalDate();
			if (booked.isBefore(due)) {
				due = booked;
			}
		}
		if (due != null) {
			due = postpone(due, facts.absences());
		}
		var absence = absenceOn(facts.absences(), today);
		State state;
		if (absence != null) {
			state = State.EXEMPT;
		}
		else if (!now.jobcenter()) {
			state = State.AKASSE;
		}
		else if (due == null) {
			state = State.NO_RULE;
		}
		else if (today.isAfter(due)) {
			state = State.OVERDUE;
		}
		else if (!due.isAfter(today.plusDays(dueSoonDays))) {
			state = State.DUE_SOON;
		}
		else {
			state = State.ON_TRACK;
		}
		return new DueStatus(state, due, dueRule, benefit.type(), anchor, week, lastHeld, facts.nextBooked(),
				absence == null ? null : absence.to());
	}

	/** The day the conversation started, in Danish time. */
	LocalDate day(Instant at) {
		return at.atZone(zone).toLocalDate();
	}

	/** The first day of the benefit run: the period running today and earlier ones of the same benefit that touch it. */
	static LocalDate anchor(List<Benefit> benefits, Benefit current) {
		var from = current.from();
		var extended = true;
		while (extended) {
			extended = false;
			for (var benefit : benefits) {
				if (benefit.type() == current.type() && benefit.from().isBefore(from) && benefit.to() != null
						&& !benefit.to().isBefore(from.minusDays(1))) {
					from = benefit.from();
					extended = true;
				}
			}
		}
		return from;
	}

	static int weekOf(LocalDate anchor, LocalDate day) {
		return (int) Math.floorDiv(ChronoUnit.DAYS.between(anchor, day), 7);
	}

	private @Nullable LocalDate lastHeld(List<Instant> held, LocalDate anchor, LocalDate today) {
		LocalDate last = null;
		for (var at : held) {
			var day = day(at);
			if (!day.isBefore(anchor) && !day.isAfter(today) && (last == null || day.isAfter(last))) {
				last = day;
			}
		}
		return last;
	}

	private static @Nullable LocalDate dueDate(List<Window> windows, LocalDate anchor, @Nullable LocalDate lastHeld) {
		var first = -1;
		for (var i = 0; i < windows.size() && first < 0; i++) {
			if (windows.get(i).jobcenter()) {
				first = i;
			}
		}
		if (first < 0) {
			return null;
		}
		if (lastHeld == null || lastHeld.isBefore(windows.get(first).start(anchor))) {
			return firstDue(windows.get(first), anchor);
		}
		var held = weekOf(anchor, lastHeld);
		var i = 0;
		while (i < windows.size() - 1 && !windows.get(i).covers(held) && windows.get(i).fromWeek() < held) {
			i++;
		}
		for (;; i++) {
			var window = windows.get(i);
			if (!window.jobcenter()) {
				var next = nextJobcenter(windows, i);
				return next == null ? null : firstDue(next, anchor);
			}
			var candidate = window.rule().interval().after(lastHeld);
			if (candidate.isBefore(window.start(anchor))) {
				candidate = window.start(anchor);
			}
			var end = window.end(anchor);
			if (end == null || candidate.isBefore(end) || i == windows.size() - 1) {
				return candidate;
			}
		}
	}

	private static LocalDate firstDue(Window window, LocalDate anchor) {
		var start = window.start(anchor);
		var days = window.rule().firstDueDays();
		return days != null ? start.plusDays(days) : window.rule().interval().after(start);
	}

	private static @Nullable Window nextJobcenter(List<Window> windows, int after) {
		return windows.subList(after + 1, windows.size()).stream().filter(Window::jobcenter).findFirst().orElse(null);
	}

	private static @Nullable Window windowAt(List<Window> windows, int week) {
		return windows.stream().filter(window -> window.covers(week)).findFirst().orElse(null);
	}

	private static CadenceRule ruleAt(List<Window> windows, LocalDate anchor, LocalDate day, Window fallback) {
		var window = windowAt(windows, weekOf(anchor, day));
		return window == null ? fallback.rule() : window.rule();
	}

	/** Moves a due date out of absences that end: to the day after. */
	private static LocalDate postpone(LocalDate due, List<Absence> absences) {
		var moved = due;
		for (var round = 0; round <= absences.size(); round++) {
			var inside = endingAbsenceOn(absences, moved);
			if (inside == null) {
				return moved;
			}
			moved = inside.plusDays(1);
		}
		return moved;
	}

	private static @Nullable LocalDate endingAbsenceOn(List<Absence> absences, LocalDate day) {
		for (var absence : absences) {
			if (absence.to() != null && absence.covers(day)) {
				return absence.to();
			}
		}
		return null;
	}

	/** Today's absence; of several, the one that lasts longest (open-ended first). */
	private static @Nullable Absence absenceOn(List<Absence> absences, LocalDate today) {
		return absences.stream()
			.filter(absence -> absence.covers(today))
			.max(Comparator.comparing(Absence::to, Comparator.nullsLast(Comparator.naturalOrder())))
			.orElse(null);
	}

}
