package dk.jobvej.programme.internal;

import java.util.function.Consumer;

import dk.jobvej.plan.OfferCategory;
import dk.jobvej.plan.OfferHistory;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.programme.Placement;
import dk.jobvej.programme.PlacementSource;

import org.springframework.stereotype.Component;

/**
 * Placements from the plan module's offers at companies that were granted or have ended (not those
 * refused, cancelled or waiting). Each offer is at one company, so its id stands for the company.
 */
@Component
class PlanOfferPlacements implements PlacementSource {

	private final OfferHistory offers;

	PlanOfferPlacements(OfferHistory offers) {
		this.offers = offers;
	}

	@Override
	public void forEachPlacement(int municipalityCode, Consumer<Placement> each) {
		offers.forEachOffer(municipalityCode, offer -> {
			if (offer.type().category() == OfferCategory.COMPANY
					&& (offer.status() == OfferStatus.GRANTED || offer.status() == OfferStatus.ENDED)) {
				each.accept(new Placement(offer.citizen(), offer.type(), offer.id().toString(), offer.startDate(),
						offer.plannedEnd(), offer.endedOn()));
			}
		});
	}

}
