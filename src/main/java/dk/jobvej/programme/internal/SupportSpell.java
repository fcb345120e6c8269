package dk.jobvej.programme.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.jobvej.citizen.CitizenHistory.Benefit;

import org.jspecify.annotations.Nullable;

/**
 * An unbroken spell on public support (offentlig forsørgelse) up to a day: the benefit periods
 * that run up to it, going back as long as no break between them is longer than the tolerated
 * interruption. Every benefit counts as public support (jobindsats.dk's list of benefits).
 *
 * @param start the first day of the spell
 * @param longestBreak the longest break inside the spell, in days without support
 * @param breakingGap the break that ended the spell going back, in days; null when the history
 * has nothing earlier
 * @param breakingGapStart the first day without support of that break
 */
record SupportSpell(LocalDate start, long longestBreak, @Nullable Long breakingGap,
		@Nullable LocalDate breakingGapStart) {

	/**
	 * The spell on support that runs on {@code day}, or null when the citizen is not on support
	 * that day. {@code bridges} breaks longer than {@code maxBreak} are crossed anyway (to see
	 * whether a citizen missed only by one break).
	 */
	static @Nullable SupportSpell upTo(List<Benefit> benefits, LocalDate day, int maxBreak, int bridges) {
		var intervals = merged(benefits, day);
		if (intervals.isEmpty() || intervals.getLast().to().isBefore(day)) {
			return null;
		}
		var start = intervals.getLast().from();
		long longest = 0;
		var bridged = 0;
		for (var i = intervals.size() - 2; i >= 0; i--) {
			var earlier = intervals.get(i);
			var gap = ChronoUnit.DAYS.between(earlier.to(), start) - 1;
			if (gap > maxBreak) {
				if (bridged == bridges) {
					return new SupportSpell(start, longest, gap, earlier.to().plusDays(1));
				}
				bridged++;
			}
			longest = Math.max(longest, gap);
			start = earlier.from();
		}
		return new SupportSpell(start, longest, null, null);
	}

	/** The periods up to the day, joined where they overlap or touch, oldest first. */
	private static List<Interval> merged(List<Benefit> benefits, LocalDate day) {
		var sorted = benefits.stream()
			.filter(benefit -> !benefit.from().isAfter(day))
			.map(benefit -> new Interval(benefit.from(),
					benefit.to() == null || benefit.to().isAfter(day) ? day : benefit.to()))
			.sorted(Comparator.comparing(Interval::from))
			.toList();
		var merged = new ArrayList<Interval>();
		for (var interval : sorted) {
			if (!merged.isEmpty() && !interval.from().isAfter(merged.getLast().to().plusDays(1))) {
				var last = merged.removeLast();
				merged.add(new Interval(last.from(), interval.to().isAfter(last.to()) ? interval.to() : last.to()));
			}
			else {
				merged.add(interval);
			}
		}
		return merged;
	}

	private record Interval(LocalDate from, LocalDate to) {
	}

}
