package dk.jobvej.programme;

import java.util.Set;

import dk.jobvej.plan.OfferType;

/**
 * The activity-based grant of a programme (JobFirst footnote 1): {@code startAmount} when a
 * participant starts a continuous course of {@code courseWeeks} weeks of one of the offer types,
 * {@code completionAmount} when they have completed that many continuous weeks at the same company,
 * at most {@code capPerCitizen} per citizen. Amounts in whole kroner.
 */
public record GrantRule(long startAmount, long completionAmount, long capPerCitizen, int courseWeeks,
		Set<OfferType> offerTypes) {

	public GrantRule {
		offerTypes = Set.copyOf(offerTypes);
	}

}
