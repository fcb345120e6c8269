package dk.jobvej.contact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestMailServer;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications to citizens go through the outbox: written with the booking, sent by e-mail to a
 * real SMTP server (GreenMail) by the dispatcher, retried when sending fails until it succeeds, kept
 * waiting while the citizen has no address, and the reminder the day before is queued once.
 */
@JobvejIntegrationTest
class NotificationOutboxTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private Staff caseworker;

	private CitizenId citizen;

	private String email;

	private ApiClient api;

	@BeforeEach
	void aCitizenWithAnEmailAddress() {
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);
		citizen = new TestCitizens(citizenImport).in(caseworker)
			.contact(caseworker)
			.benefit(KONTANTHJAELP, LocalDate.now(clock).minusMonths(1), null)
			.make();
		email = "borger-" + UUID.randomUUID() + "@example.dk";
		api = ApiClient.at(port).as(caseworker);
		assertThat(api.put("/api/v1/contact-courses/" + citizen + "/notification-address", Map.of("email", email))
			.status()).isEqualTo(204);
	}

	@Test
	void aBookingIsAnnouncedByEmailInDanish() {
		var day = LocalDate.now(clock).plusDays(5);

		book(day + "T10:30");

		var mail = awaitMail(email, 1).getFirst();
		assertThat(subject(mail)).isEqualTo("Du er indkaldt til en samtale med jobcentret "
				+ day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " kl. 10:30");
		assertThat(body(mail)).contains("Samtaleform: Telefon").contains("Medarbejder " + caseworker.username())
			.contains("/min-side/samtaler");
	}

	@Test
	void aFailedSendIsTriedAgainUntilItGoesThrough() {
		TestMailServer.stop();
		try {
			book(LocalDate.now(clock).plusDays(6) + "T09:00");
			await().atMost(java.time.Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(attempts()).isGreaterThanOrEqualTo(1));
			assertThat(jdbc.sql("select sent_at is null from contact.notification where citizen = ?")
				.param(citizen.value())
				.query(Boolean.class)
				.single()).as("not sent while the server is down").isTrue();
			assertThat(jdbc.sql("select coalesce(last_error, '') from contact.notification where citizen = ?")
				.param(citizen.value())
				.query(String.class)
				.single()).contains("Mail");
		}
		finally {
			TestMailServer.restart();
		}
		assertThat(awaitMail(email, 1)).hasSize(1);
		assertThat(jdbc.sql("select sent_at is not null from contact.notification where citizen = ?")
			.param(citizen.value())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void eachFailedAttemptDoublesTheWaitUpToTheLongest() {
		var first = java.time.Duration.ofMinutes(1);
		var longest = java.time.Duration.ofHours(6);

		assertThat(NotificationDispatcher.wait(first, longest, 0)).isEqualTo(first);
		assertThat(NotificationDispatcher.wait(first, longest, 3)).isEqualTo(java.time.Duration.ofMinutes(8));
		assertThat(NotificationDispatcher.wait(first, longest, 30)).isEqualTo(longest);
	}

	@Test
	void withoutAnAddressTheNotificationWaitsAndIsNotLost() {
		jdbc.sql("delete from contact.notification_address where citizen = ?").param(citizen.value()).update();

		var id = book(LocalDate.now(clock).plusDays(8) + "T13:00");

		await().atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("select coalesce(last_error, '') from contact.notification where citizen = ?")
				.param(citizen.value())
				.query(String.class)
				.single()).isEqualTo(NotificationDispatcher.NO_ADDRESS));
		var page = api.get("/api/v1/conversations/" + id).json().path("notifications").get(0);
		assertThat(page.path("sentAt").isMissingNode() || page.path("sentAt").isNull()).isTrue();
		assertThat(page.path("lastError").asString()).isEqualTo("no-address");
	}

	@Test
	void theReminderForTomorrowIsQueuedOnce() {
		var tomorrow = LocalDate.now(clock).plusDays(1);
		book(tomorrow + "T08:15");

		reminders.queueFor(tomorrow);
		reminders.queueFor(tomorrow);

		assertThat(jdbc.sql("select count(*) from contact.notification where citizen = ? and kind = 'REMINDER'")
			.param(citizen.value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(awaitMail(email, 2)).extracting(NotificationOutboxTests::subject)
			.anyMatch(subject -> subject.startsWith("Påmindelse: samtale med jobcentret i morgen kl. 08:15"));
	}

	private String book(String startsAt) {
		var booked = api.post("/api/v1/conversations", Map.of("citizen", citizen.toString(), "kind", "JOBSAMTALE",
				"channel", "TELEFON", "startsAt", startsAt, "durationMinutes", 30));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		return booked.json().path("id").asString();
	}

	private int attempts() {
		return jdbc.sql("select attempts from contact.notification where citizen = ?")
			.param(citizen.value())
			.query(Integer.class)
			.single();
	}

	private static List<MimeMessage> awaitMail(String to, int count) {
		await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> received(to).size() >= count);
		return received(to);
	}

	private static List<MimeMessage> received(String to) {
		return java.util.Arrays.stream(TestMailServer.server().getReceivedMessages()).filter(message -> {
			try {
				return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage message) {
		return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "");
	}

}
