package dk.jobvej.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.ImportedBenefitPeriod;

import org.jspecify.annotations.Nullable;

/**
 * Benefit histories over the last five years: the last period first (running today, or ended on
 * a given day), then, going back, up to three earlier periods along the usual paths between
 * benefits. Periods of one person never overlap, start no earlier than five years ago, and fit
 * the ages of each benefit.
 */
final class BenefitHistories {

	static final int YEARS = 5;

	private static final int MAX_PERIODS = 4;

	private final LocalDate today;

	private final LocalDate windowStart;

	BenefitHistories(LocalDate today) {
		this.today = today;
		this.windowStart = today.minusYears(YEARS);
	}

	/** A birth date that makes the person an age of the benefit on the reference day. */
	static LocalDate birthDate(RandomGenerator random, BenefitProfile profile, LocalDate reference) {
		var bands = profile.ageBands();
		var total = 0;
		for (var band : bands) {
			total += band[2];
		}
		var pick = random.nextInt(total);
		var band = bands[0];
		for (var candidate : bands) {
			band = candidate;
			pick -= candidate[2];
			if (pick < 0) {
				break;
			}
		}
		var age = band[0] + random.nextInt(band[1] - band[0] + 1);
		return reference.minusYears(age).minusDays(30 + random.nextInt(306));
	}

	/** Periods ending in an open period of the type; {@code end} null means running today. */
	List<ImportedBenefitPeriod> history(RandomGenerator random, BenefitType type, LocalDate birth,
			@Nullable LocalDate end) {
		var profile = BenefitProfiles.of(type);
		var earliest = latest(windowStart, birthday(birth, profile.minAge()));
		LocalDate from;
		if (end == null) {
			from = today.minusDays(random.nextInt(profile.maxDays() + 1));
		}
		else {
			from = end.minusDays(profile.minDays() - 1 + random.nextInt(profile.maxDays() - profile.minDays() + 1));
		}
		from = latest(from, earliest);
		var last = end == null ? today : end;
		if (from.isAfter(last)) {
			from = last;
		}
		var periods = new ArrayList<ImportedBenefitPeriod>();
		periods.add(new ImportedBenefitPeriod(type, from, end));
		while (periods.size() < MAX_PERIODS) {
			var earlier = before(random, periods.getFirst(), birth);
			if (earlier == null) {
				break;
			}
			periods.addFirst(earlier);
		}
		return periods;
	}

	private @Nullable ImportedBenefitPeriod before(RandomGenerator random, ImportedBenefitPeriod next,
			LocalDate birth) {
		var profile = BenefitProfiles.of(next.type());
		if (profile.predecessors().isEmpty() || random.nextDouble() >= profile.predecessorChance()) {
			return null;
		}
		var type = profile.predecessors().get(random.nextInt(profile.predecessors().size()));
		var previous = BenefitProfiles.of(type);
		var gap = profile.followsDirectly(type) ? 0 : 1 + random.nextInt(60);
		var to = next.from().minusDays(gap + 1L);
		var earliest = latest(windowStart, birthday(birth, previous.minAge()));
		if (ChronoUnit.DAYS.between(earliest, to) < 14 || !to.isBefore(birthday(birth, previous.maxAge() + 1))) {
			return null;
		}
		var from = to.minusDays(
				previous.minDays() - 1 + random.nextInt(previous.maxDays() - previous.minDays() + 1));
		return new ImportedBenefitPeriod(type, latest(from, earliest), to);
	}

	/** The day someone turns {@code age} (for those born on 29 February: 1 March in other years). */
	static LocalDate birthday(LocalDate birth, int age) {
		var day = birth.plusYears(age);
		return Period.between(birth, day).getYears() < age ? day.plusDays(1) : day;
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
