package dk.jobvej.rehab.internal;

import dk.jobvej.plan.OfferStarted;
import dk.jobvej.rehab.EffortStarts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The plan module's offers are the efforts of a ressourceforløb: an offer that starts is recorded
 * as an effort start, which ends the six-month "no effort" watch of the citizen's course. Handled
 * after the plan's transaction committed; a repeated event records nothing twice.
 */
@Component
class OfferStartedListener {

	private final EffortStarts efforts;

	OfferStartedListener(EffortStarts efforts) {
		this.efforts = efforts;
	}

	@ApplicationModuleListener
	void on(OfferStarted event) {
		efforts.recordStart(event.citizen(), event.municipalityCode(), event.type().name(), event.startDate(), "plan");
	}

}
