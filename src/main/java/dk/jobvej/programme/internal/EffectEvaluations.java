package dk.jobvej.programme.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.plan.OfferHistory;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.Arm;
import dk.jobvej.programme.ExitDestination;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the effect evaluation of a randomised trial. Ordinary hours come from the plan
 * module's offers of ordinary hours (hours a week × weeks); self-sufficiency from the benefit
 * history (a day without any benefit period is a self-sufficient day). Members who left because
 * they moved, or who are no longer in the register, are left out: their days without benefit here
 * say nothing about self-sufficiency.
 */
@Service
public class EffectEvaluations {

	static final int PERMUTATIONS = 10_000;

	static final int QUARTER_PERMUTATIONS = 2_000;

	private final ProgrammeStore store;

	private final ProgrammeReports reports;

	private final OfferHistory offers;

	private final Clock clock;

	EffectEvaluations(ProgrammeStore store, ProgrammeReports reports, OfferHistory offers, Clock clock) {
		this.store = store;
		this.reports = reports;
		this.offers = offers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public EffectEvaluation evaluate(Programme programme) {
		var run = store.allocationRun(programme.id())
			.orElseThrow(() -> new RuleViolation("programme", "programme.rule.evaluateNeedsRandomisation"));
		var allocation = store.allocation(programme.id());
		var arms = new HashMap<UUID, Arm>();
		allocation.forEach(row -> arms.put(row.citizen(), row.arm()));
		var histories = reports.histories(programme.municipalityCode(), arms.keySet());
		store.exits(programme.id())
			.stream()
			.filter(exit -> exit.destination() == ExitDestination.MOVED)
			.forEach(exit -> histories.remove(exit.citizen()));
		var from = programme.startsOn();
		var today = LocalDate.now(clock);
		var to = programme.endsOn().plusYears(1).isBefore(today) ? programme.endsOn().plusYears(1) : today;
		if (to.isBefore(from)) {
			throw new RuleViolation("programme", "programme.rule.evaluateNotStarted");
		}
		var participants = histories.keySet().stream().filter(c -> arms.get(c) == Arm.PARTICIPANT).count();
		if (participants < 2 || histories.size() - participants < 2) {
			throw new RuleViolation("programme", "programme.rule.evaluateTooFew");
		}
		var hours = hours(programme.municipalityCode(), arms, from, to);
		var quarters = new ArrayList<EffectEvaluation.Quarter>();
		var q = 0;
		for (var start = from; !start.isAfter(to); start = from.plusMonths(3L * ++q)) {
			var end = from.plusMonths(3L * (q + 1)).minusDays(1);
			end = end.isAfter(to) ? to : end;
			quarters.add(new EffectEvaluation.Quarter(q + 1, start, end,
					compare(arms, histories, hours, start, end, run.seed() + q + 1, QUARTER_PERMUTATIONS, true),
					compare(arms, histories, hours, start, end, run.seed() + q + 1, QUARTER_PERMUTATIONS, false)));
		}
		return new EffectEvaluation(from, to, arms.size() - histories.size(),
				compare(arms, histories, hours, from, to, run.seed(), PERMUTATIONS, true),
				compare(arms, histories, hours, from, to, run.seed(), PERMUTATIONS, false), quarters);
	}

	private static Comparison compare(Map<UUID, Arm> arms, Map<UUID, CitizenHistory> histories,
			Map<UUID, List<double[]>> hours, LocalDate from, LocalDate to, long seed, int permutations,
			boolean ordinaryHours) {
		var participants = new ArrayList<Double>();
		var controls = new ArrayList<Double>();
		arms.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			var history = histories.get(entry.getKey());
			if (history == null) {
				return;
			}
			var value = ordinaryHours ? hoursIn(hours.getOrDefault(entry.getKey(), List.of()), from, to)
					: 100.0 * selfSufficientDays(history, from, to) / (ChronoUnit.DAYS.between(from, to) + 1);
			(entry.getValue() == Arm.PARTICIPANT ? participants : controls).add(value);
		});
		return Comparison.of(participants.stream().mapToDouble(Double::doubleValue).toArray(),
				controls.stream().mapToDouble(Double::doubleValue).toArray(), seed, permutations);
	}

	/** Ordinary-hours offers per member: {first day as epoch day, last day as epoch day, hours a week}. */
	private Map<UUID, List<double[]>> hours(int municipalityCode, Map<UUID, Arm> arms, LocalDate from, LocalDate to) {
		var hours = new HashMap<UUID, List<double[]>>();
		offers.forEachOffer(municipalityCode, offer -> {
			if (offer.type() == OfferType.ORDINAERE_TIMER && arms.containsKey(offer.citizen().value())
					&& (offer.status() == OfferStatus.GRANTED || offer.status() == OfferStatus.ENDED)
					&& offer.hoursPerWeek() != null) {
				var last = offer.endedOn() != null ? offer.endedOn() : offer.plannedEnd() != null ? offer.plannedEnd() : to;
				hours.computeIfAbsent(offer.citizen().value(), key -> new ArrayList<>())
					.add(new double[] { offer.startDate().toEpochDay(), last.toEpochDay(), offer.hoursPerWeek() });
			}
		});
		return hours;
	}

	static double hoursIn(List<double[]> offers, LocalDate from, LocalDate to) {
		var total = 0.0;
		for (var offer : offers) {
			var first = Math.max(offer[0], from.toEpochDay());
			var last = Math.min(offer[1], to.toEpochDay());
			if (last >= first) {
				total += (last - first + 1) / 7.0 * offer[2];
			}
		}
		return total;
	}

	/** Days from {@code from} to {@code to} on which no benefit period runs. */
	static long selfSufficientDays(CitizenHistory history, LocalDate from, LocalDate to) {
		var covered = new boolean[(int) ChronoUnit.DAYS.between(from, to) + 1];
		for (var benefit : history.benefits()) {
			var first = benefit.from().isBefore(from) ? from : benefit.from();
			var last = benefit.to() == null || benefit.to().isAfter(to) ? to : benefit.to();
			for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
				covered[(int) ChronoUnit.DAYS.between(from, day)] = true;
			}
		}
		var free = 0L;
		for (var day : covered) {
			free += day ? 0 : 1;
		}
		return free;
	}

}
