package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.plan.OfferDesk;
import dk.jobvej.plan.OfferId;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The plan module's offer desk for other modules: the same {@link Offering} the pages use. */
@Service
class OfferDeskService implements OfferDesk {

	private final Offering offering;

	OfferDeskService(Offering offering) {
		this.offering = offering;
	}

	@Override
	public OfferId grant(CitizenId citizen, @Nullable OfferType type, @Nullable UUID project,
			@Nullable ProviderKind provider, @Nullable String providerName, LocalDate start,
			@Nullable LocalDate plannedEnd, @Nullable Integer hoursPerWeek, String reason) {
		return offering.open(citizen,
				new NewOffer(type, project, provider, providerName, null, start, plannedEnd, hoursPerWeek, reason));
	}

}
