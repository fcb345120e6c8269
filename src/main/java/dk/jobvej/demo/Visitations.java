package dk.jobvej.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.citizen.VisitationCategory;

/**
 * Visitation decisions in a benefit period that has visitation: one to three decisions at least
 * 30 days apart on working days, the first soon after the period started, each a category of
 * the benefit other than the one before, the last one the citizen's category now. The reasons
 * come from {@code demo/visitation-reasons.properties}.
 */
final class Visitations {

	private static final Map<String, List<String>> REASONS = reasons();

	private final LocalDate today;

	private final Instant now;

	private final ZoneId zone;

	Visitations(LocalDate today, Instant now, ZoneId zone) {
		this.today = today;
		this.now = now;
		this.zone = zone;
	}

	List<CitizenProfile.Decision> decide(RandomGenerator random, ImportedBenefitPeriod period) {
		var profile = BenefitProfiles.of(period.type());
		if (!profile.visitated()) {
			return List.of();
		}
		var end = period.to() == null ? today : period.to();
		var first = period.from().plusDays(random.nextInt(15));
		first = first.isAfter(end) ? end : first;
		var days = new ArrayList<LocalDate>(List.of(first));
		var wanted = 1 + random.nextInt(3);
		var span = ChronoUnit.DAYS.between(first, end);
		for (var k = 1; k < wanted && span > 60; k++) {
			days.add(first.plusDays(30 + random.nextLong(span - 30)));
		}
		days.sort(null);
		var spaced = new ArrayList<LocalDate>();
		for (var day : days) {
			if (spaced.isEmpty() || ChronoUnit.DAYS.between(spaced.getLast(), day) >= 30) {
				spaced.add(day);
			}
		}
		var categories = new ArrayList<VisitationCategory>(List.copyOf(profile.categories().keySet()));
		var chosen = new VisitationCategory[spaced.size()];
		chosen[chosen.length - 1] = pick(random, profile.categories());
		for (var i = chosen.length - 2; i >= 0; i--) {
			var others = new ArrayList<>(categories);
			others.remove(chosen[i + 1]);
			chosen[i] = others.get(random.nextInt(others.size()));
		}
		var decisions = new ArrayList<CitizenProfile.Decision>();
		for (var i = 0; i < chosen.length; i++) {
			var day = workingDay(spaced.get(i), period.from(), end);
			var at = day.atTime(8 + random.nextInt(7), 15 * random.nextInt(4)).atZone(zone).toInstant();
			var reasons = REASONS.get(chosen[i] + (i == 0 ? ".first" : ".change"));
			decisions.add(new CitizenProfile.Decision(chosen[i], at.isAfter(now) ? now : at,
					House.of(period.type(), chosen[i]), reasons.get(random.nextInt(reasons.size()))));
		}
		return decisions;
	}

	private static VisitationCategory pick(RandomGenerator random, Map<VisitationCategory, Double> shares) {
		var target = random.nextDouble() * shares.values().stream().mapToDouble(Double::doubleValue).sum();
		VisitationCategory chosen = null;
		for (var share : shares.entrySet()) {
			chosen = share.getKey();
			target -= share.getValue();
			if (target < 0) {
				break;
			}
		}
		return chosen;
	}

	/** Moves a weekend day to the Monday after, or if that is past the end, to the Friday before. */
	private static LocalDate workingDay(LocalDate day, LocalDate from, LocalDate end) {
		if (day.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
			return day;
		}
		var monday = day.plusDays(8 - day.getDayOfWeek().getValue());
		if (!monday.isAfter(end)) {
			return monday;
		}
		var friday = day.minusDays(day.getDayOfWeek().getValue() - 5L);
		return friday.isBefore(from) ? day : friday;
	}

	private static Map<String, List<String>> reasons() {
		var properties = Resources.properties("demo/visitation-reasons.properties");
		var reasons = new TreeMap<String, List<String>>();
		properties.stringPropertyNames()
			.stream()
			.sorted()
			.forEach(key -> reasons.computeIfAbsent(key.substring(0, key.lastIndexOf('.')), k -> new ArrayList<>())
				.add(properties.getProperty(key)));
		return reasons;
	}

}
