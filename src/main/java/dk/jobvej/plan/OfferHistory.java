package dk.jobvej.plan;

import java.util.function.Consumer;

/**
 * Every offer of a municipality, for computations (KPIs, evaluations). Not audited: the caller
 * shows figures, not people, or audits what it shows.
 */
public interface OfferHistory {

	void forEachOffer(int municipalityCode, Consumer<OfferFacts> each);

}
