package dk.jobvej.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.List;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.contact.internal.AvailabilityTrack;
import dk.jobvej.contact.internal.Bookings;
import dk.jobvej.contact.internal.ConversationRequest;
import dk.jobvej.contact.internal.OnDuty;
import dk.jobvej.contact.internal.Outcomes;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ContactFixtures;
import dk.jobvej.testing.SignedIn;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts the contact module announces to other modules, as Spring Modulith events of its root
 * package: booked, changed, held (with the unit, the ISO week, the channel and whether it was
 * planned), cancelled (by whom), absence, consultation, sanction decision, and the on-duty move.
 */
@JobvejIntegrationTest
@RecordApplicationEvents
class ContactEventsTests {

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	ConversationImport conversationImport;

	@Autowired
	Bookings bookings;

	@Autowired
	Outcomes outcomes;

	@Autowired
	AvailabilityTrack availability;

	@Autowired
	OnDuty onDuty;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	private Staff caseworker;

	private Staff colleague;

	private CitizenId citizen;

	@BeforeEach
	void aCaseworkerAndACitizen() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Jobhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		colleague = organisation.hire(unit, Role.CASEWORKER);
		citizen = new TestCitizens(citizenImport).in(caseworker)
			.contact(caseworker)
			.benefit(KONTANTHJAELP, LocalDate.now(clock).minusMonths(4), null)
			.make();
	}

	@Test
	void bookingChangingAndCancellingAreAnnounced() {
		var start = LocalDate.now(clock).plusDays(2).atTime(LocalTime.of(10, 0));
		var id = SignedIn.as(caseworker, () -> bookings.book(request(start, Channel.VIDEO)));
		var version = jdbc.sql("select version from contact.conversation where id = ?").param(id.value())
			.query(Integer.class).single();
		SignedIn.as(caseworker, () -> {
			bookings.change(id, request(start.plusHours(1), Channel.FYSISK), version);
			outcomes.cancel(id, CancelledBy.CITIZEN, "Fået job", null);
			return null;
		});

		var booked = events.stream(ConversationBooked.class).filter(e -> e.conversation().equals(id)).toList();
		assertThat(booked).singleElement().satisfies(e -> {
			assertThat(e.citizen()).isEqualTo(citizen);
			assertThat(e.caseworker()).isEqualTo(caseworker.id());
			assertThat(e.unit()).isEqualTo(caseworker.unit());
			assertThat(e.channel()).isEqualTo(Channel.VIDEO);
			assertThat(e.selfBooked()).isFalse();
			assertThat(e.municipalityCode()).isEqualTo(851);
		});
		assertThat(events.stream(ConversationChanged.class).filter(e -> e.conversation().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.channel()).isEqualTo(Channel.FYSISK));
		assertThat(events.stream(ConversationCancelled.class).filter(e -> e.conversation().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.by()).isEqualTo(CancelledBy.CITIZEN));
	}

	@Test
	void aHeldConversationCarriesTheUnitTheIsoWeekTheChannelAndWhetherItWasPlanned() {
		var at = clock.instant().minus(Duration.ofHours(1));
		var planned = new ContactFixtures(conversationImport).bookedInThePast(citizen, caseworker, at);
		SignedIn.as(caseworker, () -> {
			outcomes.held(new ConversationId(planned), "Talt om job", List.of(),
					List.of(new SuggestedJob("Chauffør", "Arla", "MANUAL", null)), null);
			return null;
		});
		var unplanned = SignedIn.as(caseworker,
				() -> bookings.unplanned(request(LocalDateTime.now(clock).minusMinutes(30), Channel.TELEFON),
						"Borgeren ringede", List.of()));

		var day = at.atZone(clock.getZone()).toLocalDate();
		assertThat(events.stream(ConversationHeld.class).filter(e -> e.conversation().value().equals(planned)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.planned()).isTrue();
				assertThat(e.unit()).isEqualTo(caseworker.unit());
				assertThat(e.channel()).isEqualTo(Channel.FYSISK);
				assertThat(e.isoWeek()).isEqualTo(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
				assertThat(e.isoWeekYear()).isEqualTo(day.get(IsoFields.WEEK_BASED_YEAR));
				assertThat(e.jobsPresented()).isEqualTo(1);
			});
		assertThat(events.stream(ConversationHeld.class).filter(e -> e.conversation().equals(unplanned)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.planned()).isFalse();
				assertThat(e.channel()).isEqualTo(Channel.TELEFON);
			});
	}

	@Test
	void aNoShowWithoutValidReasonLeadsToAConsultationAndASanctionDecision() {
		var missed = new ContactFixtures(conversationImport).bookedInThePast(citizen, caseworker,
				clock.instant().minus(Duration.ofHours(2)));
		var opened = SignedIn.as(caseworker,
				() -> outcomes.noShow(new ConversationId(missed), "Kom ikke", false, null));
		var id = new AvailabilityCaseId(opened);
		SignedIn.as(caseworker, () -> {
			availability.respond(id, "Jeg sov over mig", null);
			availability.decide(id, true, "Ingen rimelig grund", null);
			return null;
		});

		assertThat(events.stream(AbsenceRegistered.class).filter(e -> e.conversation().value().equals(missed)))
			.singleElement()
			.satisfies(e -> assertThat(e.validReason()).isFalse());
		assertThat(events.stream(ConsultationSent.class).filter(e -> e.availabilityCase().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.deadline()).isEqualTo(LocalDate.now(clock).plusDays(7)));
		assertThat(events.stream(SanctionDecided.class).filter(e -> e.availabilityCase().equals(id)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.sanction()).isTrue();
				assertThat(e.benefit()).isEqualTo(dk.jobvej.citizen.BenefitType.KONTANTHJAELP);
				assertThat(e.ruleCode()).isEqualTo("LAS-UDEBLIVELSE");
				assertThat(e.legalBasis()).contains("§ 36");
				assertThat(e.decidedBy()).isEqualTo(caseworker.id());
			});
	}

	@Test
	void theOnDutyMoveIsAnnouncedOnce() {
		var day = LocalDate.now(clock).plusDays(3);
		var id = SignedIn.as(caseworker, () -> bookings.book(request(day.atTime(9, 30), Channel.FYSISK)));

		var moved = SignedIn.as(colleague, () -> onDuty.reassign(caseworker.id(), colleague.id(), day));

		assertThat(moved).containsExactly(id);
		assertThat(events.stream(ConversationsReassigned.class).filter(e -> e.absent().equals(caseworker.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.onDuty()).isEqualTo(colleague.id());
				assertThat(e.conversations()).containsExactly(id);
			});
	}

	private ConversationRequest request(LocalDateTime start, Channel channel) {
		return new ConversationRequest(citizen, null, ConversationKind.JOBSAMTALE, channel, start, 30, "Jobhuset",
				null, List.of());
	}

}
