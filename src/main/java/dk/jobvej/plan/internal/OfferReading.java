package dk.jobvej.plan.internal;

import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.plan.OfferId;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.platform.NotFound;
import dk.jobvej.portal.CitizenPortal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads offers and decisions: for a member of staff through the citizen module's need-to-know
 * check, which audits the read; for the citizen their own, on Min side.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class OfferReading {

	private final Offers offers;

	private final Catalogue catalogue;

	private final PlanRules rules;

	private final DecisionLetters letters;

	private final CitizenRegister citizens;

	private final CitizenPortal portal;

	private final java.time.Clock clock;

	OfferReading(Offers offers, Catalogue catalogue, PlanRules rules, DecisionLetters letters,
			CitizenRegister citizens, CitizenPortal portal, java.time.Clock clock) {
		this.offers = offers;
		this.catalogue = catalogue;
		this.rules = rules;
		this.letters = letters;
		this.citizens = citizens;
		this.portal = portal;
		this.clock = clock;
	}

	/** The citizen's offers, newest first; audited as a read of {@code what}. */
	public List<OfferView> forStaff(CitizenId citizen, String what) {
		citizens.open(citizen, what);
		return of(citizen);
	}

	/** The citizen's offers, newest first, for a caller that has opened the citizen. */
	List<OfferView> of(CitizenId citizen) {
		return offers.findByCitizen(citizen.value()).stream().map(this::view).toList();
	}

	/** One offer; audited as a read of {@code what} about its citizen. */
	public OfferView offer(OfferId id, String what) {
		var offer = offers.findById(id.value()).orElseThrow(() -> new NotFound("plan.offer.notFound"));
		citizens.open(offer.citizen(), what);
		return view(offer);
	}

	/** The offers of the citizen signed in to Min side (refusals and cancelled referrals left out). */
	@Transactional(readOnly = true)
	public List<OfferView> own() {
		return offers.findByCitizen(portal.signedIn().value())
			.stream()
			.filter(offer -> offer.status() != OfferStatus.CANCELLED)
			.map(this::view)
			.toList();
	}

	public List<DecisionSummary> decisions(CitizenId citizen, String what) {
		citizens.open(citizen, what);
		return letters.summaries(citizen.value());
	}

	@Transactional(readOnly = true)
	public List<DecisionSummary> ownDecisions() {
		return letters.summaries(portal.signedIn().value());
	}

	/** A decision letter: whose, the PDF and its file name. */
	public record Letter(CitizenId citizen, byte[] pdf, String fileName) {
	}

	/** A decision's letter for a member of staff; audited as a read of {@code decision-letter}. */
	public Letter letter(UUID decision) {
		var found = letters.find(decision).orElseThrow(() -> new NotFound("plan.decision.notFound"));
		citizens.open(found.citizen(), "decision-letter");
		return new Letter(found.citizen(), found.letter(), found.letterName());
	}

	/** A decision's letter for the citizen it is addressed to; another citizen's does not exist. */
	@Transactional(readOnly = true)
	public Letter ownLetter(UUID decision) {
		var me = portal.signedIn();
		return letters.find(decision)
			.filter(found -> found.citizen().equals(me))
			.map(found -> new Letter(found.citizen(), found.letter(), found.letterName()))
			.orElseThrow(() -> new NotFound("plan.decision.notFound"));
	}

	OfferView view(Offer offer) {
		var locale = LocaleContextHolder.getLocale();
		var ruleNames = rules.durationRules(offer.type(), offer.targetGroup(), offer.project(), offer.startDate())
			.stream()
			.map(rule -> rule.name(locale))
			.toList();
		return new OfferView(offer.id().value(), offer.citizen().value(), offer.type(), offer.type().category(),
				offer.status(), offer.providerKind(), offer.providerName(), offer.providerCvr(), offer.project(),
				offer.startDate(), offer.plannedEnd(), offer.endedOn(), offer.result(), offer.hoursPerWeek(),
				offer.purpose(),
				offer.status() == OfferStatus.WAITING && offer.project() != null
						? catalogue.position(offer.project(), offer.id().value()) : null,
				ruleNames,
				offer.history()
					.stream()
					.map(e -> new OfferView.Event(e.kind().name(), e.at().atZone(clock.getZone()), e.byActor(), e.fromDate(), e.toDate(),
							e.reason()))
					.toList(),
				offer.version());
	}

}
