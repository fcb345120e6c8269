package dk.jobvej.results.internal;

import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.BenefitPeriodEnded;
import dk.jobvej.citizen.BenefitPeriodStarted;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenMovedToUnit;
import dk.jobvej.citizen.CitizenRegistered;
import dk.jobvej.results.Measure;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the citizen module's events: a citizen's unit (registered, moved) and benefit periods
 * (started, ended), pseudonymised, then derives that citizen's exits and flex-job
 * entries again from all their spans. A bulk import publishes no events: {@link Refresh} reads the
 * whole municipality instead.
 */
@Component
class CitizenSource implements FactSource {

	private final BenefitSpans spans;

	private final Facts facts;

	private final Pseudonyms pseudonyms;

	CitizenSource(BenefitSpans spans, Facts facts, Pseudonyms pseudonyms) {
		this.spans = spans;
		this.facts = facts;
		this.pseudonyms = pseudonyms;
	}

	@Override
	public Set<Measure> measures() {
		return BenefitFacts.MEASURES;
	}

	@ApplicationModuleListener
	void on(CitizenRegistered event) {
		var subject = pseudonyms.of(event.citizen());
		spans.unit(subject, event.municipalityCode(), event.unit().value());
		derive(subject, event.municipalityCode());
	}

	@ApplicationModuleListener
	void on(CitizenMovedToUnit event) {
		var subject = pseudonyms.of(event.citizen());
		spans.unit(subject, event.municipalityCode(), event.unit().value());
		derive(subject, event.municipalityCode());
	}

	@ApplicationModuleListener
	void on(BenefitPeriodStarted event) {
		var subject = pseudonyms.of(event.citizen());
		spans.upsert(key(event.citizen(), event.type(), event.from()), subject, event.municipalityCode(), event.type(),
				event.from(), event.to());
		derive(subject, event.municipalityCode());
	}

	@ApplicationModuleListener
	void on(BenefitPeriodEnded event) {
		var subject = pseudonyms.of(event.citizen());
		spans.upsert(key(event.citizen(), event.type(), event.from()), subject, event.municipalityCode(), event.type(),
				event.from(), event.to());
		derive(subject, event.municipalityCode());
	}

	private void derive(UUID subject, int municipalityCode) {
		var unit = spans.unitOf(subject).orElse(null);
		facts.replace(subject, BenefitFacts.MEASURES, BenefitFacts.of(subject, municipalityCode, unit, spans.of(subject)));
	}

	/** The key of a citizen's benefit period: the same from an event and from a full read. */
	String key(CitizenId citizen, BenefitType type, java.time.LocalDate from) {
		return pseudonyms.key(citizen.value() + "|" + type.name() + "|" + from);
	}

}
