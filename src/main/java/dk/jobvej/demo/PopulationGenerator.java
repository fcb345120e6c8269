package dk.jobvej.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * Generates the citizens of one municipality from a seed: for each benefit exactly as many
 * citizens on it today as the plan says, then those whose last benefit ended within the last
 * year and those whose last benefit ended one to five years ago, shuffled. The same seed, plan
 * and day give the same citizens, CPR numbers and ids.
 */
final class PopulationGenerator {

	private static final WeightedList<BenefitType> ENDED = new WeightedList<>(Arrays.asList(BenefitType.values()),
			Arrays.stream(BenefitType.values()).mapToDouble(t -> BenefitProfiles.of(t).endedWeight()).toArray());

	private final long seed;

	private final LocalDate today;

	private final BenefitHistories histories;

	private final Visitations visitations;

	PopulationGenerator(long seed, Clock clock) {
		this.seed = seed;
		this.today = LocalDate.now(clock);
		this.histories = new BenefitHistories(today);
		this.visitations = new Visitations(today, clock.instant(), clock.getZone());
	}

	/** A random generator for one purpose in one municipality, derived from the seed. */
	static SplittableRandom random(long seed, int municipalityCode, String purpose) {
		return new SplittableRandom(mix(mix(mix(seed) ^ municipalityCode) ^ purpose.hashCode()));
	}

	/** MurmurHash3's 64-bit finaliser: nearby inputs give unrelated outputs. */
	private static long mix(long value) {
		var z = value;
		z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
		z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return z ^ (z >>> 33);
	}

	List<CitizenProfile> generate(MunicipalityPlan plan) {
		var municipality = plan.municipality();
		var random = random(seed, municipality.code(), "citizens");
		var cprs = CprNumbers.allocator(municipality.code());
		var citizens = new ArrayList<CitizenProfile>(plan.total());
		for (var type : BenefitType.values()) {
			for (var i = 0; i < plan.current().getOrDefault(type, 0); i++) {
				citizens.add(citizen(random, cprs, municipality, type, null));
			}
		}
		var yearAgo = today.minusYears(1);
		var recentDays = (int) ChronoUnit.DAYS.between(yearAgo, today);
		for (var i = 0; i < plan.recentlyEnded(); i++) {
			citizens.add(citizen(random, cprs, municipality, ENDED.pick(random),
					today.minusDays(1 + random.nextInt(recentDays))));
		}
		var earliestEnd = today.minusYears(BenefitHistories.YEARS).plusDays(180);
		var earlierDays = (int) ChronoUnit.DAYS.between(earliestEnd, yearAgo);
		for (var i = 0; i < plan.earlierEnded(); i++) {
			citizens.add(citizen(random, cprs, municipality, ENDED.pick(random),
					yearAgo.minusDays(1 + random.nextInt(earlierDays))));
		}
		Collections.shuffle(citizens, random);
		return citizens;
	}

	private CitizenProfile citizen(SplittableRandom random, CprNumbers.Allocator cprs, Municipality municipality,
			BenefitType type, @Nullable LocalDate end) {
		var profile = BenefitProfiles.of(type);
		var female = random.nextDouble() < profile.femaleShare();
		var cpr = cprs.next(BenefitHistories.birthDate(random, profile, end == null ? today : end), female);
		var birth = cpr.birthDate();
		var integration = random.nextDouble() < profile.integrationShare();
		var name = Names.pick(random, female, birth.getYear(), integration);
		var address = Addresses.pick(random, municipality);
		var benefits = histories.history(random, type, birth, end);
		var decisions = visitations.decide(random, benefits.getLast());
		var category = decisions.isEmpty() ? null : decisions.getLast().category();
		return new CitizenProfile(id(random), cpr, name, address, House.of(type, category), benefits, decisions);
	}

	private static CitizenId id(SplittableRandom random) {
		var high = (random.nextLong() & ~0xF000L) | 0x4000L;
		var low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new CitizenId(new UUID(high, low));
	}

}
