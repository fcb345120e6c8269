package dk.jobvej.youth.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenHistory.Benefit;
import dk.jobvej.citizen.VisitationCategory;

/**
 * Seniority (anciennitet) on the benefit, as seed 001 counts it for the education-ready groups:
 * how long the young person's present spell on education benefit (from 1 July 2025 cash benefit)
 * has lasted. A spell continues across gaps, and ends when the benefit was not paid for one whole
 * calendar month (jobindsats' definition of a finished course, reference section 8).
 */
public final class Seniority {

	/** The benefits a young person's spell is made of. */
	static final Set<BenefitType> BENEFITS = Set.of(BenefitType.UDDANNELSESHJAELP, BenefitType.KONTANTHJAELP);

	/** The two groups seed 001 counts: obviously education-ready and education-ready. */
	static final Set<VisitationCategory> GROUPS = Set.of(VisitationCategory.AABENLYST_UDDANNELSESPARAT,
			VisitationCategory.UDDANNELSESPARAT);

	private Seniority() {
	}

	/** The first day of the spell the citizen is in on the day, if on one of the benefits then. */
	public static Optional<LocalDate> spellStart(CitizenHistory history, LocalDate day) {
		var periods = history.benefits()
			.stream()
			.filter(benefit -> BENEFITS.contains(benefit.type()))
			.filter(benefit -> !benefit.from().isAfter(day))
			.sorted(Comparator.comparing(Benefit::from).reversed())
			.toList();
		if (periods.isEmpty() || !periods.getFirst().covers(day)) {
			return Optional.empty();
		}
		var start = periods.getFirst().from();
		for (var earlier : periods.subList(1, periods.size())) {
			var lastPaid = earlier.to() == null ? day : earlier.to();
			if (!lastPaid.isBefore(start)) {
				start = earlier.from().isBefore(start) ? earlier.from() : start;
				continue;
			}
			if (wholeMonthBetween(lastPaid, start)) {
				break;
			}
			start = earlier.from();
		}
		return Optional.of(start);
	}

	/** Whether a whole calendar month lies after the last day paid and before the next day paid. */
	static boolean wholeMonthBetween(LocalDate lastPaid, LocalDate nextPaid) {
		var monthAfter = lastPaid.with(TemporalAdjusters.firstDayOfNextMonth());
		return monthAfter.with(TemporalAdjusters.lastDayOfMonth()).isBefore(nextPaid);
	}

	/** Whole weeks of the spell up to and including the day. */
	public static long weeks(CitizenHistory history, LocalDate day) {
		return spellStart(history, day).map(start -> (ChronoUnit.DAYS.between(start, day) + 1) / 7).orElse(0L);
	}

	/** Whether the citizen counts: in one of the two groups on the day, with at least the weeks. */
	public static boolean counts(CitizenHistory history, LocalDate day, int weeks) {
		return history.categoryOn(day).filter(GROUPS::contains).isPresent()
				&& history.benefitOn(day).filter(benefit -> BENEFITS.contains(benefit.type())).isPresent()
				&& weeks(history, day) >= weeks;
	}

}
