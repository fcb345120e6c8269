package dk.jobvej.results.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.plan.OfferEnded;
import dk.jobvej.plan.OfferFacts;
import dk.jobvej.plan.OfferHistory;
import dk.jobvej.plan.OfferStarted;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.results.Measure;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the plan module's offers: internships and wage-subsidy jobs, adult apprenticeships and
 * courses with ordinary hours count in the month they start; personal assistance counts in every
 * month it runs. Offers imported in bulk publish no events, so {@link Refresh} reads them all
 * through {@link OfferHistory} ({@link #all}).
 */
@Component
class PlanSource implements FactSource {

	static final Set<Measure> MEASURES = Set.of(Measure.INTERNSHIPS_AND_WAGE_SUBSIDIES_STARTED,
			Measure.ADULT_APPRENTICESHIPS_STARTED, Measure.ORDINARY_HOURS_STARTED, Measure.PERSONAL_ASSISTANCE_GRANTED);

	private final Facts facts;

	private final Pseudonyms pseudonyms;

	private final OfferHistory offers;

	private final Clock clock;

	PlanSource(Facts facts, Pseudonyms pseudonyms, OfferHistory offers, Clock clock) {
		this.facts = facts;
		this.pseudonyms = pseudonyms;
		this.offers = offers;
		this.clock = clock;
	}

	@Override
	public Set<Measure> measures() {
		return MEASURES;
	}

	@ApplicationModuleListener
	void on(OfferStarted started) {
		fact(started.offer().value(), started.type(), started.municipalityCode(), started.unit().value(),
				pseudonyms.of(started.citizen()), started.startDate(), null)
			.ifPresent(facts::record);
	}

	@ApplicationModuleListener
	void on(OfferEnded ended) {
		if (ended.type() == OfferType.PERSONLIG_ASSISTANCE) {
			fact(ended.offer().value(), ended.type(), ended.municipalityCode(), ended.unit().value(),
					pseudonyms.of(ended.citizen()), ended.startDate(), ended.lastDay())
				.ifPresent(facts::record);
		}
	}

	/** The facts of every offer of the municipality that has started, as the events would have recorded them. */
	List<Fact> all(int municipalityCode) {
		var today = LocalDate.now(clock);
		var all = new ArrayList<Fact>();
		offers.forEachOffer(municipalityCode, offer -> {
			if (started(offer, today)) {
				fact(offer.id().value(), offer.type(), municipalityCode, offer.unit().value(),
						pseudonyms.of(offer.citizen()), offer.startDate(), last(offer))
					.ifPresent(all::add);
			}
		});
		return all;
	}

	private static boolean started(OfferFacts offer, LocalDate today) {
		return (offer.status() == OfferStatus.GRANTED || offer.status() == OfferStatus.ENDED)
				&& !offer.startDate().isAfter(today);
	}

	private static @Nullable LocalDate last(OfferFacts offer) {
		return offer.endedOn() != null ? offer.endedOn() : offer.plannedEnd();
	}

	private static Optional<Fact> fact(UUID offer, OfferType type, int municipalityCode, UUID unit, UUID subject,
			LocalDate start, @Nullable LocalDate last) {
		var key = "offer/" + offer;
		var first = YearMonth.from(start);
		return switch (type) {
			case VIRKSOMHEDSPRAKTIK, LOENTILSKUD_PRIVAT, LOENTILSKUD_OFFENTLIG -> Optional.of(Fact
				.flow(Measure.INTERNSHIPS_AND_WAGE_SUBSIDIES_STARTED, key, municipalityCode, unit, subject, first));
			case VOKSENLAERLING -> Optional
				.of(Fact.flow(Measure.ADULT_APPRENTICESHIPS_STARTED, key, municipalityCode, unit, subject, first));
			case ORDINAERE_TIMER -> Optional
				.of(Fact.flow(Measure.ORDINARY_HOURS_STARTED, key, municipalityCode, unit, subject, first));
			case PERSONLIG_ASSISTANCE -> Optional.of(Fact.stock(Measure.PERSONAL_ASSISTANCE_GRANTED, key,
					municipalityCode, unit, subject, first, last == null ? null : YearMonth.from(last)));
			default -> Optional.empty();
		};
	}

}
