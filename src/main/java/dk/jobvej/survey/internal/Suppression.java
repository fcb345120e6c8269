package dk.jobvej.survey.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which groups to hide. A group with fewer answers than the minimum is hidden ("under 5 svar"). As
 * the whole round is shown too, the hidden groups together could be worked out by subtracting the
 * shown ones from the total; so while the hidden groups hold fewer answers together than the
 * minimum, the smallest shown group is hidden as well (secondary suppression). Hidden groups
 * without any answer reveal nothing and need no company.
 */
final class Suppression {

	/**
	 * The fewest answers a group may have to be shown. DESIGN.md: "any aggregate of fewer than 5
	 * people is suppressed"; the pages say "under 5 svar".
	 */
	static final int MINIMUM = 5;

	private Suppression() {
	}

	/** The keys of the groups to hide, given each group's number of answers. */
	static <K> Set<K> hidden(Map<K, Integer> answers, int minimum) {
		var hidden = new HashSet<K>();
		answers.forEach((group, count) -> {
			if (count < minimum) {
				hidden.add(group);
			}
		});
		while (sum(answers, hidden) > 0 && sum(answers, hidden) < minimum && hidden.size() < answers.size()) {
			var smallest = answers.entrySet()
				.stream()
				.filter(entry -> !hidden.contains(entry.getKey()))
				.min(Map.Entry.comparingByValue(Comparator.naturalOrder()))
				.orElseThrow();
			hidden.add(smallest.getKey());
		}
		return hidden;
	}

	private static <K> int sum(Map<K, Integer> answers, Set<K> groups) {
		return groups.stream().mapToInt(answers::get).sum();
	}

}
