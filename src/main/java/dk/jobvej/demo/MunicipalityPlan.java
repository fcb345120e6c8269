package dk.jobvej.demo;

import java.util.Map;

import dk.jobvej.citizen.BenefitType;

/**
 * How many citizens to generate for one municipality.
 *
 * @param municipality the municipality
 * @param current citizens with a benefit running today, per benefit
 * @param recentlyEnded citizens whose last benefit ended within the last year
 * @param earlierEnded citizens whose last benefit ended one to five years ago
 */
record MunicipalityPlan(Municipality municipality, Map<BenefitType, Integer> current, int recentlyEnded,
		int earlierEnded) {

	MunicipalityPlan {
		current = Map.copyOf(current);
	}

	int currentTotal() {
		return KeyFigures.total(current);
	}

	int total() {
		return currentTotal() + recentlyEnded + earlierEnded;
	}

}
