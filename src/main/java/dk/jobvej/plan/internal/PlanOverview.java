package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.jobvej.citizen.CitizenFacts;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.citizen.NoAccess;
import dk.jobvej.portal.CitizenPortal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the plan page shows about one citizen, read after one need-to-know check (one audit
 * entry for the page): the plan, the offers, the decisions, the progression and the citizen's use
 * of Digital Jobhjælp. The citizen's own page on Min side reads the same for themself.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class PlanOverview {

	private final CitizenRegister citizens;

	private final CitizenPortal portal;

	private final Planning planning;

	private final OfferReading offers;

	private final DecisionLetters letters;

	private final Progression progression;

	private final HelpLibrary library;

	private final java.time.Clock clock;

	PlanOverview(CitizenRegister citizens, CitizenPortal portal, Planning planning, OfferReading offers,
			DecisionLetters letters, Progression progression, HelpLibrary library, java.time.Clock clock) {
		this.citizens = citizens;
		this.portal = portal;
		this.planning = planning;
		this.offers = offers;
		this.letters = letters;
		this.progression = progression;
		this.library = library;
		this.clock = clock;
	}

	/** A citizen's plan page. */
	public record Overview(CitizenId citizen, String name, String maskedCpr, PlanView plan, List<OfferView> offers,
			List<DecisionSummary> decisions, List<Progression.Indicator> indicators,
			List<Progression.Measurement> measurements, List<HelpLibrary.Item> helpItems,
			Map<String, HelpLibrary.Progress> helpProgress, LocalDate today) {
	}

	/** For a member of staff; audited as a read of {@code what}. */
	public Overview forStaff(CitizenId citizen, String what) {
		return overview(citizens.open(citizen, what));
	}

	@Transactional(readOnly = true)
	public Overview own() {
		return overview(citizens.ownFacts(portal.signedIn()));
	}

	private Overview overview(CitizenFacts facts) {
		var locale = LocaleContextHolder.getLocale();
		return new Overview(facts.id(), facts.name(), facts.maskedCpr(), planning.view(facts), offers.of(facts.id()),
				letters.summaries(facts.id().value()), progression.indicators(), progression.measurements(facts.id()),
				library.items(locale), library.progress(facts.id(), locale), LocalDate.now(clock));
	}

}
