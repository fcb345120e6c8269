package dk.jobvej.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.ImportedBenefitPeriod;
import dk.jobvej.citizen.ImportedCitizen;
import dk.jobvej.citizen.ImportedVisitation;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Organisation;

import org.springframework.stereotype.Component;

/**
 * The named demo citizen who signs in to Min side: Mikkel Holm, CPR 070785-1235, activity-ready
 * on cash benefit in Job- og Aktivhuset with the caseworker {@code raadgiver} as primary contact.
 * His number fails modulus 11 (allowed for numbers issued since 2007) and every generated demo
 * number passes it, so it can never clash with the generated population.
 */
@Component
class DemoCitizen {

	static final Cpr CPR = Cpr.parse("0707851235");

	static final CitizenId ID = new CitizenId(UUID.fromString("6d1f3c1e-0a57-4c57-9a55-3d0c8d2f7a01"));

	private final CitizenImport citizens;

	private final Organisation organisation;

	private final Clock clock;

	DemoCitizen(CitizenImport citizens, Organisation organisation, Clock clock) {
		this.citizens = citizens;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** Imports Mikkel Holm once; a second run skips the batch. */
	void ensure(DemoUnits units) {
		var caseworker = organisation.staffMember("raadgiver").orElseThrow();
		var since = LocalDate.now(clock).minusMonths(14).withDayOfMonth(1);
		var visitedAt = since.atStartOfDay(clock.getZone()).plusDays(10).toInstant();
		citizens.importBatch("demo-citizen-mikkel-holm",
				List.of(new ImportedCitizen(ID, CPR, "Mikkel", "Holm", new Address("Boulevarden 13, 2. th.", "9000", "Aalborg"),
						Municipalities.AALBORG, units.of(House.JOB_OG_AKTIVHUSET), caseworker.id(),
						List.of(new ImportedBenefitPeriod(BenefitType.KONTANTHJAELP, since, null)),
						List.of(new ImportedVisitation(VisitationCategory.AKTIVITETSPARAT, visitedAt, caseworker.id(),
								"Demo: aktivitetsparat ved første samtale")))));
	}

}
