package dk.jobvej.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.ContactFixtures;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user survey is handed out after every planned conversation in the weeks a round runs for
 * the unit (seed 000): recording the conversation as held gives the caseworker a one-time code for
 * the citizen, which opens the anonymous answering page. A conversation without a booking gives
 * none, and neither does a week without a round.
 */
@JobvejIntegrationTest
class ConversationSurveyCodeTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	ConversationImport conversationImport;

	@Autowired
	Clock clock;

	private Staff caseworker;

	private CitizenId citizen;

	private ApiClient api;

	private TestOrganisation organisation;

	private dk.jobvej.identity.UnitId unit;

	@BeforeEach
	void aCaseworkerAndACitizenInAUnitOfTheirOwn() {
		organisation = new TestOrganisation(administration);
		unit = organisation.unit("Jobhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		citizen = new TestCitizens(citizenImport).in(caseworker)
			.contact(caseworker)
			.benefit(KONTANTHJAELP, LocalDate.now(clock).minusMonths(2), null)
			.make();
		api = ApiClient.at(port).as(caseworker);
	}

	private void aRoundRunsThisWeek() {
		var today = LocalDate.now(clock);
		var round = ApiClient.at(port)
			.as(organisation.hire(unit, Role.TEAM_LEADER))
			.post("/api/v1/survey/rounds", Map.of("kind", "CITIZEN", "name", Fresh.name("Samtalemåling "), "weeks",
					List.of(Map.of("year", today.get(IsoFields.WEEK_BASED_YEAR), "week",
							today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
					"units", List.of(unit.toString())));
		assertThat(round.status()).as("%s", round).isEqualTo(201);
	}

	private String bookedMinutesAgo() {
		return new ContactFixtures(conversationImport)
			.bookedInThePast(citizen, caseworker, clock.instant().minus(Duration.ofMinutes(5)))
			.toString();
	}

	@Test
	void aPlannedConversationInASurveyWeekGivesACodeThatOpensTheAnsweringPage() {
		aRoundRunsThisWeek();
		var id = bookedMinutesAgo();

		var held = api.post("/api/v1/conversations/" + id + "/held", Map.of("summary", "Talt om CV og jobmål."));

		assertThat(held.status()).as("%s", held).isEqualTo(200);
		var code = held.json().path("surveyCode").asString();
		assertThat(held.json().path("surveyPath").asString()).as("the path carries the code without its dash")
			.isEqualTo("/svar/" + code.replace("-", ""));
		var answering = PageClient.at(port).get("/svar/" + code);
		assertThat(answering.status()).isEqualTo(200);
		assertThat(answering.body()).contains("anonym");
		assertThat(api.get("/api/v1/conversations/" + id).body()).as("the conversation does not keep the code")
			.doesNotContain(code);
	}

	@Test
	void theCaseworkerSeesTheCodeOnceOnTheConversationPage() {
		aRoundRunsThisWeek();
		var id = bookedMinutesAgo();
		var browser = PageClient.at(port);
		browser.login(caseworker);
		browser.get("/samtaler/" + id);

		var recorded = browser.post("/samtaler/" + id + "/afholdt", Map.of("summary", "Jobmål: lager."));

		assertThat(recorded.status()).isEqualTo(302);
		assertThat(browser.follow(recorded).body()).contains("id=\"survey-code\"", "Brugermåling: giv borgeren denne kode");
		assertThat(browser.get("/samtaler/" + id).body()).as("shown once").doesNotContain("id=\"survey-code\"");
	}

	@Test
	void noCodeWithoutARoundOrWithoutABooking() {
		var id = bookedMinutesAgo();
		var held = api.post("/api/v1/conversations/" + id + "/held", Map.of("summary", "Ingen måling i denne uge."));
		aRoundRunsThisWeek();
		var unplanned = api.post("/api/v1/conversations/unplanned",
				Map.of("conversation", Map.of("citizen", citizen.toString(), "kind", "JOBSAMTALE", "channel", "TELEFON",
						"startsAt", LocalDate.now(clock).atStartOfDay().toString(), "durationMinutes", 15),
						"summary", "Borgeren ringede"));

		assertThat(held.status()).isEqualTo(204);
		assertThat(unplanned.status()).as("%s", unplanned).isEqualTo(201);
		assertThat(unplanned.body()).doesNotContain("surveyCode");
	}

}
