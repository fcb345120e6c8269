package dk.jobvej.plan;

import java.time.LocalDate;
import java.time.YearMonth;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.plan.internal.NewOffer;
import dk.jobvej.plan.internal.Offering;
import dk.jobvej.testing.SignedIn;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events the results module counts from: an offer starting today is announced at once with
 * its type, unit and month; one starting later on its start day (the daily run); ending it
 * announces the result; a refusal or a waiting place announces nothing.
 */
@JobvejIntegrationTest
@RecordApplicationEvents
class OfferEventsTests {

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	Offering offering;

	@Autowired
	ApplicationEvents events;

	private Staff caseworker;

	private TestCitizens citizens;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void aCaseworker() {
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);
		citizens = new TestCitizens(imports);
	}

	@Test
	void anOfferStartingTodayIsAnnouncedWithTypeUnitAndMonthAndItsEndWithTheResult() {
		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);

		var offer = SignedIn.as(caseworker, () -> offering.open(citizen, new NewOffer(OfferType.LOENTILSKUD_PRIVAT, null,
				ProviderKind.COMPANY, "Aalborg Portland", null, today, today.plusMonths(3), null, "Løntilskud som lagermand")));

		var started = events.stream(OfferStarted.class).filter(e -> e.offer().equals(offer)).toList();
		assertThat(started).hasSize(1);
		assertThat(started.getFirst().type()).isEqualTo(OfferType.LOENTILSKUD_PRIVAT);
		assertThat(started.getFirst().unit()).isEqualTo(caseworker.unit());
		assertThat(started.getFirst().month()).isEqualTo(YearMonth.from(today));
		assertThat(started.getFirst().municipalityCode()).isEqualTo(TestOrganisation.AALBORG);
		assertThat(events.stream(DecisionMade.class).filter(e -> offer.equals(e.offer()))).hasSize(1);

		SignedIn.as(caseworker, () -> {
			offering.end(offer, today.plusDays(20), OfferResult.ORDINARY_JOB, "Ansat på ordinære vilkår", null);
			return null;
		});

		var ended = events.stream(OfferEnded.class).filter(e -> e.offer().equals(offer)).toList();
		assertThat(ended).hasSize(1);
		assertThat(ended.getFirst().result()).isEqualTo(OfferResult.ORDINARY_JOB);
		assertThat(ended.getFirst().lastDay()).isEqualTo(today.plusDays(20));
	}

	@Test
	void anOfferStartingLaterIsAnnouncedOnItsStartDayOnce() {
		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);
		var start = today.plusDays(3);

		var offer = SignedIn.as(caseworker, () -> offering.open(citizen, new NewOffer(OfferType.VIRKSOMHEDSPRAKTIK, null,
				ProviderKind.COMPANY, "Netto", null, start, start.plusWeeks(4), null, "Snusepraktik")));

		assertThat(events.stream(OfferStarted.class).filter(e -> e.offer().equals(offer))).isEmpty();
		offering.publishStartsDue(start.minusDays(1));
		assertThat(events.stream(OfferStarted.class).filter(e -> e.offer().equals(offer))).isEmpty();
		offering.publishStartsDue(start);
		offering.publishStartsDue(start.plusDays(1));
		assertThat(events.stream(OfferStarted.class).filter(e -> e.offer().equals(offer))).hasSize(1);
	}

	@Test
	void aRefusalAnnouncesTheDecisionButNoStart() {
		var citizen = PlanFixtures.onCashBenefit(citizens, caseworker, AKTIVITETSPARAT);

		var offer = SignedIn.as(caseworker,
				() -> offering.refuse(citizen, OfferType.UDDANNELSESLOEFT, null, null, "Uddannelsen er ikke på positivlisten"));

		assertThat(events.stream(OfferStarted.class).filter(e -> e.offer().equals(offer))).isEmpty();
		assertThat(events.stream(DecisionMade.class).filter(e -> offer.equals(e.offer())))
			.singleElement()
			.satisfies(decision -> assertThat(decision.kind()).isEqualTo(DecisionKind.REFUSE_OFFER));
	}

}
