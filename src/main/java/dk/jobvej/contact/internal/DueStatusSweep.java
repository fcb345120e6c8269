package dk.jobvej.contact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;

import dk.jobvej.citizen.CitizenHistory;
import dk.jobvej.citizen.CitizenRegister;

import org.springframework.stereotype.Component;

/**
 * The due status of every citizen of a municipality: the contact module's facts of the municipality
 * in four queries, the citizens' histories streamed through a cursor from the citizen module, and the
 * pure {@link DueDates} for each. For figures only (reports, the benchmark): nothing of a citizen is
 * shown, so nothing is audited.
 */
@Component
class DueStatusSweep {

	private final CitizenRegister citizens;

	private final CourseFacts courseFacts;

	private final CadenceRules cadence;

	private final ContactProperties properties;

	private final Clock clock;

	DueStatusSweep(CitizenRegister citizens, CourseFacts courseFacts, CadenceRules cadence,
			ContactProperties properties, Clock clock) {
		this.citizens = citizens;
		this.courseFacts = courseFacts;
		this.cadence = cadence;
		this.properties = properties;
		this.clock = clock;
	}

	/** Hands every citizen of the municipality with their due status on the day to {@code each}. */
	void sweep(int municipalityCode, LocalDate day, BiConsumer<CitizenHistory, DueStatus> each) {
		var facts = courseFacts.ofMunicipality(municipalityCode);
		var book = cadence.book();
		var dueDates = new DueDates(clock.getZone(), properties.dueSoonDays());
		citizens.forEachHistory(municipalityCode, history -> each.accept(history,
				dueDates.status(history, facts.getOrDefault(history.id().value(), ContactFacts.NONE), book, day)));
	}

}
