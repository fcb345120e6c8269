package dk.jobvej.results.internal;

import java.time.YearMonth;
import java.util.Set;

import dk.jobvej.employer.PlacementStarted;
import dk.jobvej.employer.PlacementType;
import dk.jobvej.results.Measure;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the employer module's placements: a citizen hired into an ordinary job through the
 * jobcentre fills an ordinary job, counted in the month the job starts and in the unit the
 * citizen belongs to.
 */
@Component
class EmployerSource implements FactSource {

	private final Facts facts;

	private final Pseudonyms pseudonyms;

	private final BenefitSpans spans;

	EmployerSource(Facts facts, Pseudonyms pseudonyms, BenefitSpans spans) {
		this.facts = facts;
		this.pseudonyms = pseudonyms;
		this.spans = spans;
	}

	@Override
	public Set<Measure> measures() {
		return Set.of(Measure.ORDINARY_JOBS_FILLED);
	}

	@ApplicationModuleListener
	void on(PlacementStarted started) {
		if (started.type() == PlacementType.ORDINAERT_JOB) {
			var subject = pseudonyms.of(started.citizen());
			facts.record(Fact.flow(Measure.ORDINARY_JOBS_FILLED, "placement/" + started.placement().value(),
					started.municipalityCode(), spans.unitOf(subject).orElse(null), subject,
					YearMonth.from(started.from())));
		}
	}

}
