package dk.jobvej.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.GrantRule;
import dk.jobvej.programme.Placement;

import org.jspecify.annotations.Nullable;

/**
 * The activity-based grant, computed from placements and never typed in. For each participant:
 * <ul>
 * <li>a <em>start</em> when they start a continuous course of the rule's weeks: placements of the
 * rule's types one after another without a day between, planned (or run) to last the weeks, whose
 * first day is within the programme period (placements that began before the programme are not
 * counted at all);</li>
 * <li>a <em>completion</em> when they have been the rule's weeks without a break at the same company
 * (placements with the same company key, one after another), reached by the programme's last day;</li>
 * <li>each at most once, and together at most the cap per citizen.</li>
 * </ul>
 */
public final class GrantLedger {

	private GrantLedger() {
	}

	public enum Kind {
		START, COMPLETION
	}

	/** One grant earned. */
	public record Entry(CitizenId citizen, Kind kind, LocalDate earnedOn, long amount, OfferType type) {
	}

	/**
	 * The grants earned by the participants up to {@code today}.
	 * @param placements the participants' placements (others are ignored by the caller)
	 */
	static List<Entry> compute(GrantRule rule, LocalDate startsOn, LocalDate endsOn, LocalDate today,
			Collection<Placement> placements) {
		var byCitizen = placements.stream()
			.filter(placement -> rule.offerTypes().contains(placement.type()) && !placement.start().isBefore(startsOn))
			.collect(Collectors.groupingBy(Placement::citizen));
		var entries = new ArrayList<Entry>();
		var last = today.isBefore(endsOn) ? today : endsOn;
		for (Map.Entry<CitizenId, List<Placement>> citizen : byCitizen.entrySet()) {
			var own = citizen.getValue()
				.stream()
				.sorted(Comparator.comparing(Placement::start).thenComparing(Placement::company))
				.toList();
			var budget = rule.capPerCitizen();
			var start = start(rule, own, startsOn, last);
			if (start != null) {
				var amount = Math.min(rule.startAmount(), budget);
				entries.add(new Entry(citizen.getKey(), Kind.START, start.start(), amount, start.type()));
				budget -= amount;
			}
			var completion = completion(rule, own, startsOn, last, today);
			if (completion != null) {
				entries.add(new Entry(citizen.getKey(), Kind.COMPLETION, completion.day(),
						Math.min(rule.completionAmount(), budget), completion.type()));
			}
		}
		entries.sort(Comparator.comparing(Entry::earnedOn).thenComparing(entry -> entry.citizen().toString()));
		return entries;
	}

	/** The first placement of the first course that starts in the period and is planned for the weeks. */
	private static @Nullable Placement start(GrantRule rule, List<Placement> own, LocalDate startsOn, LocalDate last) {
		for (var course : courses(own, placement -> "")) {
			var first = course.getFirst();
			if (first.start().isBefore(startsOn) || first.start().isAfter(last)) {
				continue;
			}
			var courseEnd = plannedEnd(course);
			if (courseEnd == null || !courseEnd.isBefore(first.start().plusWeeks(rule.courseWeeks()).minusDays(1))) {
				return first;
			}
		}
		return null;
	}

	private record Completion(LocalDate day, OfferType type) {
	}

	/** The day a run at one company first reached the weeks, if it did within the period. */
	private static @Nullable Completion completion(GrantRule rule, List<Placement> own, LocalDate startsOn,
			LocalDate last, LocalDate today) {
		Completion earliest = null;
		for (var run : courses(own, Placement::company)) {
			var first = run.getFirst();
			var reached = first.start().plusWeeks(rule.courseWeeks()).minusDays(1);
			var end = end(run);
			var ranUntil = end == null || end.isAfter(today) ? today : end;
			if (!first.start().isBefore(startsOn) && !reached.isAfter(last) && !reached.isAfter(ranUntil)
					&& (earliest == null || reached.isBefore(earliest.day()))) {
				earliest = new Completion(reached, first.type());
			}
		}
		return earliest;
	}

	/** Placements joined into runs: the same key and each starting at the latest the day after the last ended. */
	private static List<List<Placement>> courses(List<Placement> own, java.util.function.Function<Placement, String> key) {
		var byKey = own.stream().collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.toList()));
		var runs = new ArrayList<List<Placement>>();
		for (var group : byKey.values()) {
			List<Placement> run = new ArrayList<>();
			LocalDate runEnd = null;
			var open = false;
			for (var placement : group) {
				var joins = !run.isEmpty() && (open || !placement.start().isAfter(runEnd.plusDays(1)));
				if (!joins && !run.isEmpty()) {
					runs.add(run);
					run = new ArrayList<>();
					open = false;
					runEnd = null;
				}
				run.add(placement);
				if (placement.lastDay() == null) {
					open = true;
				}
				else if (runEnd == null || placement.lastDay().isAfter(runEnd)) {
					runEnd = placement.lastDay();
				}
			}
			runs.add(run);
		}
		runs.sort(Comparator.comparing(run -> run.getFirst().start()));
		return runs;
	}

	/** The planned last day of a run (an extension counts); null when a placement in it is open-ended. */
	private static @Nullable LocalDate plannedEnd(List<Placement> run) {
		LocalDate end = null;
		for (var placement : run) {
			if (placement.plannedEnd() == null) {
				return null;
			}
			var planned = placement.endedOn() != null && placement.endedOn().isAfter(placement.plannedEnd())
					? placement.endedOn() : placement.plannedEnd();
			if (end == null || planned.isAfter(end)) {
				end = planned;
			}
		}
		return end;
	}

	/** The last day of a run; null when a placement in it is open-ended. */
	private static @Nullable LocalDate end(List<Placement> run) {
		LocalDate end = null;
		for (var placement : run) {
			if (placement.lastDay() == null) {
				return null;
			}
			if (end == null || placement.lastDay().isAfter(end)) {
				end = placement.lastDay();
			}
		}
		return end;
	}

}
