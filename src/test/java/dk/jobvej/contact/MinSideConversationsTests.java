package dk.jobvej.contact;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Pattern;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Min side, "Mine samtaler": the citizen sees their bookings, downloads each as an iCalendar file
 * that a real iCalendar parser reads back, books one of their caseworker's published slots and moves
 * it within the unit's limits; nobody else's data ever shows.
 */
@JobvejIntegrationTest
class MinSideConversationsTests {

	private static final Pattern SLOT = Pattern.compile("name=\"slot\" id=\"slot-0\" value=\"([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	Clock clock;

	private Staff caseworker;

	private TestCitizens.Builder citizen;

	private TestCitizens.Builder neighbour;

	@BeforeEach
	void aCitizenWhoseCaseworkerPublishesSlots() {
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
		var citizens = new TestCitizens(citizenImport);
		citizen = citizens.in(caseworker).contact(caseworker).benefit(KONTANTHJAELP, LocalDate.now(clock).minusMonths(2), null);
		citizen.make();
		neighbour = citizens.in(caseworker).contact(caseworker).benefit(KONTANTHJAELP, LocalDate.now(clock).minusMonths(2), null);
		neighbour.make();
		var published = ApiClient.at(port)
			.as(caseworker)
			.post("/api/v1/slots", Map.of("startsAt", LocalDate.now(clock).plusDays(3) + "T09:00", "durationMinutes", 30,
					"count", 4, "channel", "VIDEO", "place", "Teams; link sendes, dagen før"));
		assertThat(published.status()).as("%s", published).isEqualTo(201);
	}

	@Test
	void theCitizenBooksASlotDownloadsItAsACalendarFileAndMovesIt() throws Exception {
		var browser = PageClient.at(port);
		browser.loginAsCitizen(citizen.cpr());

		var page = browser.get("/min-side/samtaler");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Mine samtaler").contains("Book en jobsamtale").contains("Video (digitalt)");
		var slot = slot(page.body());

		var booked = browser.post("/min-side/samtaler/book", Map.of("slot", slot));
		assertThat(booked.location()).endsWith("/min-side/samtaler");
		var after = browser.get("/min-side/samtaler");
		assertThat(after.body()).contains("Kommende samtaler").contains("Medarbejder " + caseworker.username())
			.contains("id=\"already-booked\"");
		var conversation = Pattern.compile("/min-side/samtaler/([0-9a-f-]{36})/kalender.ics").matcher(after.body());
		assertThat(conversation.find()).isTrue();

		var ics = browser.get("/min-side/samtaler/" + conversation.group(1) + "/kalender.ics");
		assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		assertThat(ics.headers().firstValue("Content-Disposition").orElse("")).contains("samtale.ics");
		var calendar = new CalendarBuilder().build(new StringReader(ics.body()));
		calendar.validate();
		var event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		var start = Instant.from(event.<net.fortuna.ical4j.model.property.DtStart<?>>getProperty(Property.DTSTART)
			.orElseThrow()
			.getDate());
		assertThat(ZonedDateTime.ofInstant(start, clock.getZone()).toLocalDateTime())
			.isEqualTo(LocalDateTime.of(LocalDate.now(clock).plusDays(3), java.time.LocalTime.of(9, 0)));
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Teams; link sendes, dagen før");
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("Jobsamtale");
		assertThat(ics.body().split("\r\n")).allSatisfy(line ->
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

		var other = slot(after.body().replace("id=\"rebook-", "x"), "<option value=\"([0-9a-f-]{36})\"");
		var moved = browser.post("/min-side/samtaler/" + conversation.group(1) + "/flyt", Map.of("slot", other));
		assertThat(moved.location()).endsWith("/min-side/samtaler");
		var movedPage = browser.get("/min-side/samtaler");
		assertThat(movedPage.body()).contains("09:30");
	}

	@Test
	void aSecondBookingIsRefusedAndATakenSlotIsSaidToBeTaken() {
		var browser = PageClient.at(port);
		browser.loginAsCitizen(citizen.cpr());
		var slot = slot(browser.get("/min-side/samtaler").body());
		browser.post("/min-side/samtaler/book", Map.of("slot", slot));

		var again = browser.post("/min-side/samtaler/book", Map.of("slot", slot));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("Du har allerede en booket samtale");

		var neighbourBrowser = PageClient.at(port);
		neighbourBrowser.loginAsCitizen(neighbour.cpr());
		neighbourBrowser.get("/min-side/samtaler");
		var taken = neighbourBrowser.post("/min-side/samtaler/book", Map.of("slot", slot));
		assertThat(taken.body()).contains("Tiden er ikke længere ledig");
	}

	@Test
	void aCitizenCannotReachAnotherCitizensConversationOrTheStaffPages() {
		var owner = PageClient.at(port);
		owner.loginAsCitizen(citizen.cpr());
		owner.post("/min-side/samtaler/book", Map.of("slot", slot(owner.get("/min-side/samtaler").body())));
		var id = Pattern.compile("/min-side/samtaler/([0-9a-f-]{36})/kalender.ics")
			.matcher(owner.get("/min-side/samtaler").body())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);

		var intruder = PageClient.at(port);
		intruder.loginAsCitizen(neighbour.cpr());

		assertThat(intruder.get("/min-side/samtaler/" + id + "/kalender.ics").status()).isEqualTo(404);
		assertThat(intruder.get("/samtaler/" + id).status()).isEqualTo(403);
		assertThat(intruder.get("/opgaver").status()).isEqualTo(403);
	}

	@Test
	void theCitizenGivesAnEmailAddressAndAWrongOneIsRefusedInDanish() {
		var browser = PageClient.at(port);
		browser.loginAsCitizen(citizen.cpr());
		browser.get("/min-side/samtaler");

		var wrong = browser.post("/min-side/samtaler/email", Map.of("email", "ikke en adresse"));
		var right = browser.post("/min-side/samtaler/email", Map.of("email", "borger@example.dk"));

		assertThat(wrong.body()).contains("E-mailadressen er ikke gyldig").contains("id=\"email-email-error\"");
		assertThat(right.location()).endsWith("/min-side/samtaler");
		assertThat(browser.get("/min-side/samtaler").body()).contains("borger@example.dk");
	}

	private static String slot(String page) {
		return slot(page, SLOT.pattern());
	}

	private static String slot(String page, String pattern) {
		var matcher = Pattern.compile(pattern).matcher(page);
		assertThat(matcher.find()).as("a slot on the page").isTrue();
		return matcher.group(1);
	}

}
