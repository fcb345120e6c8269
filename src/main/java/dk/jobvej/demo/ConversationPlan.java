package dk.jobvej.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.contact.CancelledBy;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.ImportedConversation;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

/**
 * One year of conversations for a municipality's demo citizens, calibrated to seed 003: Aalborg held
 * 182,000 conversations in 2022 with about 29,000 citizens, 80,000 by phone, 76,000 physical and
 * 26,000 digital. A municipality gets 182,000 × (its citizens on a benefit in the year ÷ 29,000)
 * held conversations, split between the channels in exactly those proportions, plus no-shows (4 %)
 * and cancellations (3 %) on top. They go to citizens in proportion to their days on a benefit with a
 * contact course in the last 365 days (none for førtidspension and efterløn), spread over those days
 * on working days between 8:00 and 15:30, held by the citizen's primary contact or another caseworker
 * of their unit. The same histories, seed and day give the same conversations.
 */
final class ConversationPlan {

	/** Seed 003: conversations held in Aalborg in 2022, and by channel. */
	static final int AALBORG_HELD = 182_000;

	static final int AALBORG_PHONE = 80_000;

	static final int AALBORG_PHYSICAL = 76_000;

	/** Seed 003: about 29,000 citizens took part in them (and the demo has 29,000 on a benefit in a year). */
	static final int AALBORG_CITIZENS = 29_000;

	private static final Map<BenefitType, Double> INTENSITY = new EnumMap<>(Map.ofEntries(
			Map.entry(BenefitType.A_DAGPENGE, 1.0), Map.entry(BenefitType.KONTANTHJAELP, 1.0),
			Map.entry(BenefitType.UDDANNELSESHJAELP, 1.0), Map.entry(BenefitType.INTEGRATIONSYDELSE, 1.0),
			Map.entry(BenefitType.SYGEDAGPENGE, 1.0), Map.entry(BenefitType.JOBAFKLARINGSFORLOEB, 0.8),
			Map.entry(BenefitType.RESSOURCEFORLOEB, 0.8), Map.entry(BenefitType.REVALIDERING, 0.8),
			Map.entry(BenefitType.FORREVALIDERING, 0.8), Map.entry(BenefitType.LEDIGHEDSYDELSE, 0.8),
			Map.entry(BenefitType.FLEKSJOB, 0.15), Map.entry(BenefitType.FOERTIDSPENSION, 0.0),
			Map.entry(BenefitType.EFTERLOEN, 0.0)));

	private ConversationPlan() {
	}

	/** How many conversations a municipality with this many citizens on a benefit in the year holds. */
	static int held(int citizensInYear) {
		return (int) Math.round((double) AALBORG_HELD * citizensInYear / AALBORG_CITIZENS);
	}

	/**
	 * The conversations of the histories in the 365 days before {@code today}.
	 * @param caseworkers the caseworkers of each unit, for citizens without a primary contact
	 */
	static List<ImportedConversation> plan(List<CitizenHistory> histories, Map<UnitId, List<StaffId>> caseworkers,
			int held, long seed, LocalDate today, ZoneId zone) {
		var random = new Random(seed);
		var from = today.minusDays(365);
		var sorted = histories.stream().sorted(Comparator.comparing(h -> h.id().value())).toList();
		var weights = new double[sorted.size()];
		var total = 0.0;
		for (var i = 0; i < sorted.size(); i++) {
			weights[i] = weight(sorted.get(i), from, today);
			total += weights[i];
		}
		var counts = allot(weights, total, held);
		var channels = channels(held, random);
		var conversations = new ArrayList<ImportedConversation>(held + held / 10);
		var next = 0;
		for (var i = 0; i < sorted.size(); i++) {
			if (counts[i] == 0) {
				continue;
			}
			var history = sorted.get(i);
			var days = eligibleDays(history, from, today);
			var staff = caseworker(history, caseworkers);
			if (staff == null) {
				next += counts[i];
				continue;
			}
			for (var k = 0; k < counts[i]; k++) {
				var day = workingDay(days.day((long) ((k + random.nextDouble()) * days.size() / counts[i])), from);
				var start = day.atTime(LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(31))).atZone(zone).toInstant();
				var channel = channels[next++];
				var kind = kind(history, day, random);
				var length = Duration.ofMinutes(channel == Channel.FYSISK ? 45 : channel == Channel.VIDEO ? 30 : 20);
				var place = channel == Channel.FYSISK ? "Jobcentret" : null;
				var planned = random.nextInt(100) < 88;
				conversations.add(new ImportedConversation(uuid(random), history.id(), history.municipalityCode(),
						history.unit(), staff, kind, channel, start, start.plus(length), place, "HELD", planned, false,
						null, null));
				var extra = random.nextInt(100);
				if (extra < 7) {
					var before = workingDay(day.minusDays(3 + random.nextInt(10)), from);
					if (!before.isBefore(from)) {
						var at = before.atTime(LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(31))).atZone(zone)
							.toInstant();
						var noShow = extra < 4;
						conversations.add(new ImportedConversation(uuid(random), history.id(),
								history.municipalityCode(), history.unit(), staff, kind, channel, at, at.plus(length),
								place, noShow ? "NO_SHOW" : "CANCELLED", true, false,
								noShow ? null : random.nextInt(5) < 3 ? CancelledBy.CITIZEN : CancelledBy.JOBCENTER,
								noShow ? Boolean.valueOf(random.nextInt(5) < 3) : null));
					}
				}
			}
		}
		return conversations;
	}

	/** Days on a benefit with a contact course in [from, today), weighted by how intense the course is. */
	static double weight(CitizenHistory history, LocalDate from, LocalDate today) {
		var weight = 0.0;
		for (var benefit : history.benefits()) {
			var start = benefit.from().isBefore(from) ? from : benefit.from();
			var end = benefit.to() == null || !benefit.to().isBefore(today) ? today : benefit.to().plusDays(1);
			if (end.isAfter(start)) {
				weight += ChronoUnit.DAYS.between(start, end) * INTENSITY.getOrDefault(benefit.type(), 0.0);
			}
		}
		return weight;
	}

	/** Whether the citizen had any benefit day in [from, today). */
	static boolean inYear(CitizenHistory history, LocalDate from, LocalDate today) {
		return history.benefits()
			.stream()
			.anyMatch(b -> b.from().isBefore(today) && (b.to() == null || !b.to().isBefore(from)));
	}

	/** Largest-remainder allotment of {@code held} in proportion to the weights. */
	private static int[] allot(double[] weights, double total, int held) {
		var counts = new int[weights.length];
		if (total == 0) {
			return counts;
		}
		var remainders = new ArrayList<double[]>();
		var given = 0;
		for (var i = 0; i < weights.length; i++) {
			var share = held * weights[i] / total;
			counts[i] = (int) share;
			given += counts[i];
			remainders.add(new double[] { share - counts[i], i });
		}
		remainders.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
		for (var r = 0; given < held; r++, given++) {
			counts[(int) remainders.get(r)[1]]++;
		}
		return counts;
	}

	/** Exactly the seed's proportions of phone, physical and digital (video), shuffled. */
	static Channel[] channels(int held, Random random) {
		var phone = (int) Math.round((double) held * AALBORG_PHONE / AALBORG_HELD);
		var physical = (int) Math.round((double) held * AALBORG_PHYSICAL / AALBORG_HELD);
		var all = new ArrayList<Channel>(held);
		for (var i = 0; i < held; i++) {
			all.add(i < phone ? Channel.TELEFON : i < phone + physical ? Channel.FYSISK : Channel.VIDEO);
		}
		Collections.shuffle(all, random);
		return all.toArray(Channel[]::new);
	}

	/** The days in [from, today) on a benefit with a contact course, as intervals of the periods. */
	private static Days eligibleDays(CitizenHistory history, LocalDate from, LocalDate today) {
		var starts = new ArrayList<LocalDate>();
		var lengths = new ArrayList<Long>();
		var size = 0L;
		var periods = history.benefits().stream().sorted(Comparator.comparing(CitizenHistory.Benefit::from)).toList();
		var covered = from;
		for (var benefit : periods) {
			if (INTENSITY.getOrDefault(benefit.type(), 0.0) == 0) {
				continue;
			}
			var start = benefit.from().isBefore(covered) ? covered : benefit.from();
			var end = benefit.to() == null || !benefit.to().isBefore(today) ? today : benefit.to().plusDays(1);
			if (end.isAfter(start)) {
				starts.add(start);
				lengths.add(ChronoUnit.DAYS.between(start, end));
				size += lengths.getLast();
				covered = end;
			}
		}
		return new Days(starts, lengths, size);
	}

	/** Days as intervals; {@link #day} picks the n-th of them. */
	private record Days(List<LocalDate> starts, List<Long> lengths, long size) {

		LocalDate day(long n) {
			var rest = Math.min(Math.max(n, 0), size - 1);
			for (var i = 0; i < starts.size(); i++) {
				if (rest < lengths.get(i)) {
					return starts.get(i).plusDays(rest);
				}
				rest -= lengths.get(i);
			}
			return starts.getLast();
		}

	}

	/** A Saturday or Sunday moves back to the Friday, or forward to the Monday if the Friday is before the year. */
	private static LocalDate workingDay(LocalDate day, LocalDate from) {
		var weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 2 : 0;
		if (weekend == 0) {
			return day;
		}
		var friday = day.minusDays(weekend);
		return friday.isBefore(from) ? day.plusDays(3 - weekend) : friday;
	}

	private static ConversationKind kind(CitizenHistory history, LocalDate day, Random random) {
		var benefit = history.benefitOn(day).map(CitizenHistory.Benefit::type).orElse(BenefitType.KONTANTHJAELP);
		if (benefit == BenefitType.SYGEDAGPENGE) {
			return ConversationKind.OPFOELGNINGSSAMTALE;
		}
		if (benefit == BenefitType.FLEKSJOB) {
			return ConversationKind.FLEKSJOBOPFOELGNINGSSAMTALE;
		}
		return random.nextInt(20) == 0 ? ConversationKind.CV_SAMTALE : ConversationKind.JOBSAMTALE;
	}

	private static StaffId caseworker(CitizenHistory history, Map<UnitId, List<StaffId>> caseworkers) {
		if (history.primaryContact() != null) {
			return history.primaryContact();
		}
		var unit = caseworkers.getOrDefault(history.unit(), List.of());
		return unit.isEmpty() ? null : unit.get(Math.floorMod(history.id().value().hashCode(), unit.size()));
	}

	private static UUID uuid(Random random) {
		return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
	}

}
