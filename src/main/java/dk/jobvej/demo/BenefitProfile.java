package dk.jobvej.demo;

import java.util.List;
import java.util.Map;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.VisitationCategory;

/**
 * What a benefit period of one type looks like in the demo data.
 *
 * @param type the benefit
 * @param ageBands ages of people on it: {@code {from, to, weight}} with both ages inclusive
 * @param minDays the shortest period
 * @param maxDays the longest period (for a running one: the longest time it has run so far)
 * @param predecessors benefits that often came right before it
 * @param predecessorChance how likely a period had one of them right before it
 * @param categories visitation categories and their shares; empty for benefits without visitation
 * @param femaleShare the share of women
 * @param integrationShare the share with names of the integration target group
 * @param endedWeight how often it is the last benefit of someone no longer on a benefit
 */
record BenefitProfile(BenefitType type, int[][] ageBands, int minDays, int maxDays, List<BenefitType> predecessors,
		double predecessorChance, Map<VisitationCategory, Double> categories, double femaleShare,
		double integrationShare, double endedWeight) {

	int minAge() {
		return ageBands[0][0];
	}

	int maxAge() {
		return ageBands[ageBands.length - 1][1];
	}

	/** Whether a visitation category is decided for people on this benefit. */
	boolean visitated() {
		return !categories.isEmpty();
	}

	/** Whether the period follows the predecessor without a day between (one case turns into the next). */
	boolean followsDirectly(BenefitType predecessor) {
		return switch (type) {
			case JOBAFKLARINGSFORLOEB -> predecessor == BenefitType.SYGEDAGPENGE;
			case FLEKSJOB -> predecessor == BenefitType.LEDIGHEDSYDELSE;
			case LEDIGHEDSYDELSE -> predecessor == BenefitType.FLEKSJOB;
			default -> false;
		};
	}

}
