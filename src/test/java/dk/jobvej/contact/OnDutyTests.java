package dk.jobvej.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dk.jobvej.citizen.BenefitType.A_DAGPENGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-duty arrangement (vagtordning): a sick caseworker's conversations of a day move to the
 * colleague on duty in one action, the citizens are notified, other days stay; if the colleague is
 * busy at one of the times, nothing moves.
 */
@JobvejIntegrationTest
class OnDutyTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private Staff sick;

	private Staff onDuty;

	private Staff leader;

	private CitizenId first;

	private CitizenId second;

	private CitizenId third;

	@BeforeEach
	void aCaseworkerWithThreeConversationsTomorrow() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Jobhuset");
		sick = organisation.hire(unit, Role.CASEWORKER);
		onDuty = organisation.hire(unit, Role.CASEWORKER);
		leader = organisation.hire(unit, Role.TEAM_LEADER);
		var citizens = new TestCitizens(citizenImport);
		var from = LocalDate.now(clock).minusMonths(5);
		first = citizens.in(sick).contact(sick).benefit(A_DAGPENGE, from, null).make();
		second = citizens.in(sick).contact(sick).benefit(A_DAGPENGE, from, null).make();
		third = citizens.in(sick).contact(sick).benefit(A_DAGPENGE, from, null).make();
		var api = ApiClient.at(port).as(sick);
		var tomorrow = LocalDate.now(clock).plusDays(1);
		book(api, first, tomorrow + "T09:00");
		book(api, second, tomorrow + "T11:00");
		book(api, third, tomorrow.plusDays(1) + "T09:00");
	}

	@Test
	void theLeaderMovesTheDaysConversationsToTheColleagueOnDutyInOneAction() {
		var moved = ApiClient.at(port)
			.as(leader)
			.post("/api/v1/on-duty-reassignments", Map.of("absent", sick.id().toString(), "onDuty",
					onDuty.id().toString(), "day", LocalDate.now(clock).plusDays(1).toString()));

		assertThat(moved.status()).as("%s", moved).isEqualTo(200);
		assertThat(moved.json().path("conversations").size()).isEqualTo(2);
		assertThat(caseworkerOf(first)).isEqualTo(onDuty.id().value());
		assertThat(caseworkerOf(second)).isEqualTo(onDuty.id().value());
		assertThat(caseworkerOf(third)).as("another day stays").isEqualTo(sick.id().value());
		assertThat(jdbc.sql("select count(*) from contact.notification where citizen in (?, ?) and kind = 'REASSIGNED'")
			.params(first.value(), second.value())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void ifTheColleagueIsBusyAtOneOfTheTimesNothingMoves() {
		var busy = new TestCitizens(citizenImport).in(onDuty)
			.contact(onDuty)
			.benefit(A_DAGPENGE, LocalDate.now(clock).minusMonths(2), null)
			.make();
		book(ApiClient.at(port).as(onDuty), busy, LocalDate.now(clock).plusDays(1) + "T11:15");

		var refused = ApiClient.at(port)
			.as(leader)
			.post("/api/v1/on-duty-reassignments", Map.of("absent", sick.id().toString(), "onDuty",
					onDuty.id().toString(), "day", LocalDate.now(clock).plusDays(1).toString()));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorFields()).containsExactly("onDuty");
		assertThat(refused.body()).contains("Rådgiveren på vagt har allerede en samtale");
		assertThat(caseworkerOf(first)).as("all or nothing").isEqualTo(sick.id().value());
	}

	@Test
	void theOnDutyPageMovesThemToo() {
		var browser = PageClient.at(port);
		browser.login(onDuty);
		browser.get("/samtaler/vagtordning");

		var done = browser.post("/samtaler/vagtordning", Map.of("absent", sick.id().toString(), "onDuty",
				onDuty.id().toString(), "day", LocalDate.now(clock).plusDays(1).toString()));

		assertThat(done.location()).endsWith("/samtaler/vagtordning");
		assertThat(browser.follow(done).body()).contains("Samtaler flyttet: 2");
		var same = browser.post("/samtaler/vagtordning", Map.of("absent", onDuty.id().toString(), "onDuty",
				onDuty.id().toString(), "day", LocalDate.now(clock).plusDays(1).toString()));
		assertThat(same.body()).contains("Vælg en anden rådgiver end den fraværende");
	}

	private java.util.UUID caseworkerOf(CitizenId citizen) {
		return jdbc.sql("select caseworker from contact.conversation where citizen = ? and status = 'BOOKED'")
			.param(citizen.value())
			.query(java.util.UUID.class)
			.single();
	}

	private static void book(ApiClient api, CitizenId citizen, String startsAt) {
		var body = new HashMap<String, Object>(Map.of("citizen", citizen.toString(), "kind", "JOBSAMTALE", "channel",
				"FYSISK", "startsAt", startsAt, "durationMinutes", 45));
		assertThat(api.post("/api/v1/conversations", body).status()).isEqualTo(201);
	}

}
