package dk.jobvej.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ContactFixtures;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.A_DAGPENGE;
import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.VisitationCategory.JOBPARAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's contact pages over HTTP, as a browser without JavaScript uses them: the course page
 * with the due status and its rule, booking with errors next to the fields in Danish, the outcome
 * forms, "Mine opgaver", the letters (printable and PDF), and the leader's reports.
 */
@JobvejIntegrationTest
class ContactPagesTests {

	private static final Pattern CONVERSATION = Pattern.compile("/samtaler/([0-9a-f-]{36})$");

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

	private Staff leader;

	private Staff mentor;

	private CitizenId jobReady;

	private CitizenId insured;

	private TestCitizens.Builder jobReadyBuilder;

	@BeforeEach
	void aUnitWithACaseworkerALeaderAndTwoCitizens() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Jobhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		leader = organisation.hire(unit, Role.TEAM_LEADER);
		mentor = organisation.hire(unit, Role.MENTOR);
		var citizens = new TestCitizens(citizenImport);
		var today = LocalDate.now(clock);
		jobReadyBuilder = citizens.in(caseworker).contact(caseworker).benefit(KONTANTHJAELP, today.minusDays(3), null)
			.category(JOBPARAT, today.minusDays(3));
		jobReady = jobReadyBuilder.make();
		insured = citizens.in(caseworker).contact(caseworker).benefit(A_DAGPENGE, today.minusYears(1), null).make();
	}

	@Test
	void theCoursePageShowsWhenTheNextConversationIsDueAndByWhichRule() {
		var browser = signedIn(caseworker);

		var page = browser.get("/samtaler/borger/" + jobReady);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Næste samtale senest")
			.contains(LocalDate.now(clock).plusDays(4).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
			.contains("AAL-KH2-A")
			.contains("minimum hver 4. uge i de første 6 måneder")
			.contains("Snart")
			.contains("id=\"book-form\"");
	}

	@Test
	void bookingThroughTheFormShowsErrorsNextToTheFieldsAndThenBooks() {
		var browser = signedIn(caseworker);
		browser.get("/samtaler/borger/" + jobReady);

		var wrong = browser.post("/samtaler/borger/" + jobReady, Map.of("kind", "JOBSAMTALE", "channel", "FYSISK",
				"startsAt", "2020-01-01T10:00", "durationMinutes", "1000", "caseworker", caseworker.id().toString()));

		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"book-durationMinutes-error\"")
			.contains("Varigheden skal være mellem 5 og 480 minutter")
			.contains("href=\"#book-durationMinutes\"");

		var past = browser.post("/samtaler/borger/" + jobReady, form("2020-01-01T10:00"));
		assertThat(past.body()).contains("id=\"book-startsAt-error\"").contains("Tidspunktet skal ligge i fremtiden");

		var tomorrow = LocalDate.now(clock).plusDays(1) + "T11:00";
		var booked = browser.post("/samtaler/borger/" + jobReady, form(tomorrow));
		assertThat(booked.status()).isEqualTo(302);
		assertThat(booked.location()).matches(".*/samtaler/[0-9a-f-]{36}$");

		var twice = browser.post("/samtaler/borger/" + insured, form(tomorrow));
		assertThat(twice.body()).contains("id=\"book-caseworker-error\"").contains("Rådgiveren har allerede en samtale");

		var conversation = browser.follow(booked);
		assertThat(conversation.body()).contains("Booket").contains("id=\"held-form\"").contains("id=\"change-form\"");
	}

	@Test
	void theOutcomeFormsRecordAHeldConversationAndANoShow() {
		var fixtures = new ContactFixtures(conversationImport);
		var held = fixtures.bookedInThePast(insured, caseworker, clock.instant().minus(Duration.ofHours(4)));
		var missed = fixtures.bookedInThePast(jobReady, caseworker, clock.instant().minus(Duration.ofHours(2)));
		var browser = signedIn(caseworker);

		browser.get("/samtaler/" + held);
		var empty = browser.post("/samtaler/" + held + "/afholdt", Map.of("summary", ""));
		assertThat(empty.body()).contains("id=\"held-summary-error\"").contains("Feltet skal udfyldes");
		var recorded = browser.post("/samtaler/" + held + "/afholdt", List.of(Map.entry("summary", "Jobmål: lager."),
				Map.entry("jobs[0].title", "Truckfører"), Map.entry("jobs[0].employer", "Arla")));
		assertThat(recorded.status()).isEqualTo(302);
		assertThat(browser.follow(recorded).body()).contains("Afholdt").contains("Truckfører").contains("Jobmål: lager.");

		browser.get("/samtaler/" + missed);
		var noShow = browser.post("/samtaler/" + missed + "/udeblevet",
				Map.of("reason", "Ingen kontakt", "validReason", "false"));
		assertThat(noShow.location()).contains("/raadighed/");
		var availability = browser.follow(noShow);
		assertThat(availability.body()).contains("Rådighedssag efter udeblivelse").contains("Lov om aktiv socialpolitik § 36");

		var letter = browser.get(noShow.location() + "/partshoering");
		assertThat(letter.status()).isEqualTo(200);
		assertThat(letter.body()).contains("Partshøring: Du udeblev fra en samtale")
			.contains(LocalDate.now(clock).plusDays(7).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
			.doesNotContain(jobReadyBuilder.cpr().formatted());
		var pdf = browser.get(noShow.location() + "/partshoering.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
	}

	@Test
	void mineOpgaverListsTheOverdueAndTheNoShowsToFollowUp() {
		var fixtures = new ContactFixtures(conversationImport);
		fixtures.conversation(jobReady, caseworker, clock.instant().minus(Duration.ofDays(1)), "NO_SHOW", null, true);
		var browser = signedIn(caseworker);

		var tasks = browser.get("/opgaver");

		assertThat(tasks.status()).isEqualTo(200);
		assertThat(tasks.body()).contains("Mine opgaver")
			.contains("data-testid=\"overdue\"")
			.contains("Test " + "Borger")
			.contains("data-testid=\"follow-ups\"")
			.contains("Book en ny samtale");
		assertThat(signedIn(mentor).get("/opgaver").status()).as("a mentor has a worklist too").isEqualTo(200);
		var team = signedIn(leader).get("/opgaver?liste=enhed");
		assertThat(team.body()).contains("Teamets opgaver").contains("data-testid=\"overdue\"");
	}

	@Test
	void aMentorReadsTheCourseButIsOfferedNoFormsAndMayNotBook() {
		var browser = signedIn(mentor);

		var page = browser.get("/samtaler/borger/" + jobReady);
		var post = browser.post("/samtaler/borger/" + jobReady, form(LocalDate.now(clock).plusDays(2) + "T10:00"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("id=\"book-form\"");
		assertThat(post.status()).isEqualTo(403);
	}

	@Test
	void theLeaderSeesTheStatisticsAndTheMissedConversations() {
		new ContactFixtures(conversationImport).held(insured, caseworker, clock.instant().minus(Duration.ofDays(2)));
		var browser = signedIn(leader);

		var statistics = browser.get("/samtaler/statistik");
		var missed = browser.get("/samtaler/manglende");

		assertThat(statistics.status()).isEqualTo(200);
		assertThat(statistics.body()).contains("Samtalestatistik").contains("Fysisk fremmøde");
		assertThat(missed.status()).isEqualTo(200);
		assertThat(missed.body()).contains("Manglende samtaler");
		assertThat(signedIn(caseworker).get("/samtaler/statistik").status()).isEqualTo(403);
	}

	@Test
	void theCaseworkerExportsTheirCalendar() {
		var browser = signedIn(caseworker);
		browser.get("/samtaler/borger/" + jobReady);
		browser.post("/samtaler/borger/" + jobReady, form(LocalDate.now(clock).plusDays(3) + "T10:00"));

		var calendar = browser.get("/samtaler/kalender.ics");

		assertThat(calendar.status()).isEqualTo(200);
		assertThat(calendar.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT").contains("Borger: Test");
	}

	private Map<String, String> form(String startsAt) {
		return Map.of("kind", "JOBSAMTALE", "channel", "FYSISK", "startsAt", startsAt, "durationMinutes", "45",
				"caseworker", caseworker.id().toString(), "place", "Jobhuset, lokale 3", "participants[0].role", "",
				"participants[0].name", "");
	}

	private PageClient signedIn(Staff staff) {
		var browser = PageClient.at(port);
		browser.login(staff);
		return browser;
	}

	static String idOf(String location) {
		var matcher = CONVERSATION.matcher(location);
		return matcher.find() ? matcher.group(1) : "";
	}

}
