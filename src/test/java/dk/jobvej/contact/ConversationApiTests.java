package dk.jobvej.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditEntry;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.ContactFixtures;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation API over real HTTP: booking, bad input answered as problem details naming the
 * field in Danish, no double booking (also when two bookings race), one winner when two people change
 * the same booking, outcomes with the journal, the availability track, and the audit trail.
 */
@JobvejIntegrationTest
class ConversationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	ConversationImport conversationImport;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	private Staff caseworker;

	private Staff colleague;

	private CitizenId citizen;

	private CitizenId other;

	private ApiClient api;

	@BeforeEach
	void aCaseworkerWithTwoCitizensOnCashBenefit() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Job- og Aktivhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		colleague = organisation.hire(unit, Role.CASEWORKER);
		var citizens = new TestCitizens(citizenImport);
		var from = LocalDate.now(clock).minusMonths(3);
		citizen = citizens.in(caseworker).contact(caseworker).benefit(KONTANTHJAELP, from, null)
			.category(AKTIVITETSPARAT, from).make();
		other = citizens.in(caseworker).contact(caseworker).benefit(KONTANTHJAELP, from, null).make();
		api = ApiClient.at(port).as(caseworker);
	}

	@Test
	void aCaseworkerBooksAConversationAndReadsItBack() {
		var start = tomorrowAt(10, 0);

		var booked = api.post("/api/v1/conversations", booking(citizen, start, Map.of("channel", "TELEFON",
				"agenda", "Jobmål og CV", "participants", List.of(Map.of("role", "AKASSE", "name", "3F A-kasse")))));

		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		var id = booked.json().path("id").asString();
		var read = api.get("/api/v1/conversations/" + id).json();
		assertThat(read.path("status").asString()).isEqualTo("BOOKED");
		assertThat(read.path("channel").asString()).isEqualTo("TELEFON");
		assertThat(read.path("planned").asBoolean()).isTrue();
		assertThat(read.path("startsAt").asString()).startsWith(start.toString());
		assertThat(read.path("participants").get(0).path("name").asString()).isEqualTo("3F A-kasse");
		assertThat(read.path("caseworkerName").asString()).isEqualTo("Medarbejder " + caseworker.username());
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizen.value()))
			.extracting(AuditEntry::action, AuditEntry::what)
			.contains(org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "conversation"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.READ, "conversation-api"));
	}

	@Test
	void badInputIsAProblemDetailNamingEachFieldInDanish() {
		var missing = api.post("/api/v1/conversations", Map.of("citizen", citizen.toString()));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).contains("kind", "channel", "startsAt", "durationMinutes");
		assertThat(missing.body()).contains("Feltet skal udfyldes");

		var tooLong = api.post("/api/v1/conversations", booking(citizen, tomorrowAt(11, 0),
				Map.of("durationMinutes", 600, "place", "x".repeat(201))));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactlyInAnyOrder("durationMinutes", "place");
		assertThat(tooLong.body()).contains("Varigheden skal være mellem 5 og 480 minutter");

		var past = api.post("/api/v1/conversations", booking(citizen, LocalDateTime.now(clock).minusHours(1), Map.of()));
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.errorFields()).containsExactly("startsAt");
		assertThat(past.body()).contains("Tidspunktet skal ligge i fremtiden");

		var stranger = api.post("/api/v1/conversations",
				booking(citizen, tomorrowAt(12, 0), Map.of("caseworker", java.util.UUID.randomUUID().toString())));
		assertThat(stranger.status()).isEqualTo(422);
		assertThat(stranger.errorFields()).containsExactly("caseworker");

		var notJson = api.post("/api/v1/conversations", "{\"startsAt\": \"i morgen\"}");
		assertThat(notJson.status()).isEqualTo(400);

		var english = api.inEnglish().post("/api/v1/conversations", Map.of("citizen", citizen.toString()));
		assertThat(english.body()).contains("This field is required");
	}

	@Test
	void aCaseworkerOrACitizenIsNeverBookedTwiceAtOnce() {
		var start = tomorrowAt(13, 0);
		assertThat(api.post("/api/v1/conversations", booking(citizen, start, Map.of())).status()).isEqualTo(201);

		var caseworkerBusy = api.post("/api/v1/conversations", booking(other, start.plusMinutes(30), Map.of()));
		var citizenBusy = ApiClient.at(port)
			.as(colleague)
			.post("/api/v1/conversations", booking(citizen, start.minusMinutes(15), Map.of()));
		var afterwards = api.post("/api/v1/conversations", booking(other, start.plusMinutes(45), Map.of()));

		assertThat(caseworkerBusy.status()).isEqualTo(422);
		assertThat(caseworkerBusy.errorFields()).containsExactly("caseworker");
		assertThat(caseworkerBusy.body()).contains("Rådgiveren har allerede en samtale")
			.contains(start.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
			.contains("13:00–13:45");
		assertThat(citizenBusy.status()).isEqualTo(422);
		assertThat(citizenBusy.errorFields()).containsExactly("citizen");
		assertThat(citizenBusy.body()).contains("Borgeren har allerede en samtale");
		assertThat(afterwards.status()).as("back to back is fine").isEqualTo(201);
	}

	@Test
	void twoBookingsRacingForTheSameTimeEndInOneBookingAndOneRefusal() throws Exception {
		var start = tomorrowAt(14, 0);
		var results = race(() -> api.post("/api/v1/conversations", booking(citizen, start, Map.of())),
				() -> api.post("/api/v1/conversations", booking(other, start.plusMinutes(10), Map.of())),
				() -> api.post("/api/v1/conversations", booking(other, start.plusMinutes(20), Map.of())));

		assertThat(results).extracting(ApiClient.Response::status).containsOnlyOnce(201).containsOnly(201, 422);
		assertThat(results).filteredOn(response -> response.status() == 422)
			.allSatisfy(refused -> assertThat(refused.errorFields()).containsAnyOf("caseworker", "citizen"));
	}

	@Test
	void twoPeopleChangingTheSameBookingGetOneWinnerAndAVisibleConflict() throws Exception {
		var id = api.post("/api/v1/conversations", booking(citizen, tomorrowAt(9, 0), Map.of()))
			.json()
			.path("id")
			.asString();
		var version = api.get("/api/v1/conversations/" + id).json().path("version").asInt();
		var leader = ApiClient.at(port).as(colleague);

		var results = race(
				() -> api.put("/api/v1/conversations/" + id,
						booking(citizen, tomorrowAt(9, 0), Map.of("place", "Lokale 1", "version", version))),
				() -> leader.put("/api/v1/conversations/" + id,
						booking(citizen, tomorrowAt(9, 0), Map.of("place", "Lokale 2", "version", version))),
				() -> api.put("/api/v1/conversations/" + id,
						booking(citizen, tomorrowAt(9, 0), Map.of("place", "Lokale 3", "version", version))));

		assertThat(results).extracting(ApiClient.Response::status).containsOnlyOnce(204).containsOnly(204, 409);
		var conflict = results.stream().filter(response -> response.status() == 409).findFirst().orElseThrow();
		assertThat(conflict.json().path("title").asString()).isNotBlank();
		var place = api.get("/api/v1/conversations/" + id).json().path("place").asString();
		assertThat(place).isIn("Lokale 1", "Lokale 2", "Lokale 3");
		assertThat(api.get("/api/v1/conversations/" + id).json().path("version").asInt()).isEqualTo(version + 1);
	}

	@Test
	void aHeldConversationGoesToTheJournalWithTheJobsPresented() {
		var fixtures = new ContactFixtures(conversationImport);
		var id = fixtures.bookedInThePast(citizen, caseworker, clock.instant().minus(Duration.ofHours(2)));
		assertThat(api.post("/api/v1/conversations/" + id + "/jobs",
				Map.of("jobs", List.of(Map.of("title", "Lagermedarbejder", "employer", "Bilka")))).status())
			.isEqualTo(204);
		var suggestion = api.get("/api/v1/conversations/" + id).json().path("jobs").get(0).path("id").asString();

		var held = api.post("/api/v1/conversations/" + id + "/held",
				Map.of("summary", "Talt om jobmål inden for lager og logistik.", "presentedSuggestions",
						List.of(suggestion), "jobs", List.of(Map.of("title", "Pakkeriarbejder", "employer", "CoolShop"))));

		assertThat(held.status()).as("%s", held).isEqualTo(204);
		var read = api.get("/api/v1/conversations/" + id).json();
		assertThat(read.path("status").asString()).isEqualTo("HELD");
		assertThat(read.path("journalNote").isNull()).isFalse();
		assertThat(read.path("jobs").findValuesAsString("title")).containsExactlyInAnyOrder("Lagermedarbejder",
				"Pakkeriarbejder");
		assertThat(read.path("jobs").findValues("presented")).allMatch(value -> value.asBoolean());
		var journal = api.get("/api/v1/citizens/" + citizen + "/journal").body();
		assertThat(journal).contains("Talt om jobmål inden for lager og logistik.")
			.contains("Lagermedarbejder, Bilka")
			.contains("Pakkeriarbejder, CoolShop");
		var again = api.post("/api/v1/conversations/" + id + "/held", Map.of("summary", "Igen"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.errorFields()).containsExactly("status");
	}

	@Test
	void aConversationNotYetBegunCannotBeRecordedAsHeldOrMissed() {
		var id = api.post("/api/v1/conversations", booking(citizen, tomorrowAt(15, 0), Map.of()))
			.json()
			.path("id")
			.asString();

		var held = api.post("/api/v1/conversations/" + id + "/held", Map.of("summary", "For tidligt"));
		var missed = api.post("/api/v1/conversations/" + id + "/no-show", Map.of("reason", "?", "validReason", false));

		assertThat(held.status()).isEqualTo(422);
		assertThat(held.body()).contains("Samtalen er ikke begyndt endnu");
		assertThat(missed.status()).isEqualTo(422);
	}

	@Test
	void aNoShowWithoutAValidReasonOpensTheAvailabilityTrack() {
		var fixtures = new ContactFixtures(conversationImport);
		var id = fixtures.bookedInThePast(citizen, caseworker, clock.instant().minus(Duration.ofHours(3)));

		var missed = api.post("/api/v1/conversations/" + id + "/no-show",
				Map.of("reason", "Mødte ikke op og tog ikke telefonen", "validReason", false));

		assertThat(missed.status()).as("%s", missed).isEqualTo(201);
		var availability = missed.json().path("id").asString();
		var opened = api.get("/api/v1/availability-cases/" + availability).json();
		assertThat(opened.path("benefit").asString()).isEqualTo("KONTANTHJAELP");
		assertThat(opened.path("consultationDeadline").asString())
			.isEqualTo(LocalDate.now(clock).plusDays(7).toString());
		assertThat(opened.path("rule").path("legalBasis").asString()).contains("§ 36");

		var tooEarly = api.post("/api/v1/availability-cases/" + availability + "/decision",
				Map.of("sanction", true, "reasoning", "Ingen rimelig grund"));
		assertThat(tooEarly.status()).isEqualTo(422);
		assertThat(tooEarly.errorFields()).containsExactly("sanction");
		assertThat(tooEarly.body()).contains("Partshøringen løber til og med");

		assertThat(api.post("/api/v1/availability-cases/" + availability + "/response",
				Map.of("response", "Jeg glemte det")).status()).isEqualTo(204);
		var decided = api.post("/api/v1/availability-cases/" + availability + "/decision",
				Map.of("sanction", true, "reasoning", "At glemme en samtale er ikke en rimelig grund."));
		assertThat(decided.status()).as("%s", decided).isEqualTo(204);
		var after = api.get("/api/v1/availability-cases/" + availability).json();
		assertThat(after.path("decided").asBoolean()).isTrue();
		assertThat(after.path("ruleCode").asString()).isEqualTo("LAS-UDEBLIVELSE");
		assertThat(api.post("/api/v1/availability-cases/" + availability + "/decision",
				Map.of("sanction", false, "reasoning", "Igen")).status()).isEqualTo(422);
	}

	@Test
	void aNoShowWithAValidReasonOpensNothingAndACancellationSaysByWhom() {
		var fixtures = new ContactFixtures(conversationImport);
		var missedId = fixtures.bookedInThePast(citizen, caseworker, clock.instant().minus(Duration.ofHours(5)));
		var cancelledId = api.post("/api/v1/conversations", booking(other, tomorrowAt(8, 0), Map.of()))
			.json()
			.path("id")
			.asString();

		var missed = api.post("/api/v1/conversations/" + missedId + "/no-show",
				Map.of("reason", "Indlagt på sygehuset", "validReason", true));
		var cancelled = api.post("/api/v1/conversations/" + cancelledId + "/cancellation",
				Map.of("by", "CITIZEN", "reason", "Har fået arbejde"));
		var badCanceller = api.post("/api/v1/conversations/" + cancelledId + "/cancellation", Map.of("by", "NOBODY"));

		assertThat(missed.status()).isEqualTo(204);
		assertThat(cancelled.status()).isEqualTo(204);
		assertThat(api.get("/api/v1/conversations/" + cancelledId).json().path("cancelledBy").asString())
			.isEqualTo("CITIZEN");
		assertThat(badCanceller.status()).isEqualTo(400);
	}

	@Test
	void theCourseShowsTheDueStatusWithTheRuleAndItsSource() {
		var course = api.get("/api/v1/contact-courses/" + citizen).json();

		assertThat(course.path("targetGroup").asString()).isEqualTo("LAB_6_3");
		assertThat(course.path("due").path("state").asString()).isEqualTo("OVERDUE");
		assertThat(course.path("due").path("rule").asString()).isEqualTo("KH3-A");
		assertThat(course.path("due").path("source").asString()).contains("LAB § 31");
		assertThat(course.path("due").path("certainty").asString()).isEqualTo("V");
	}

	private Map<String, Object> booking(CitizenId who, LocalDateTime start, Map<String, ?> extra) {
		var body = new HashMap<String, Object>(Map.of("citizen", who.toString(), "kind", "JOBSAMTALE", "channel",
				"FYSISK", "startsAt", start.toString(), "durationMinutes", 45, "place", "Jobhuset"));
		body.putAll(extra);
		return body;
	}

	private LocalDateTime tomorrowAt(int hour, int minute) {
		return LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(hour, minute));
	}

	@SafeVarargs
	private static List<ApiClient.Response> race(Callable<ApiClient.Response>... calls) throws Exception {
		try (var pool = Executors.newFixedThreadPool(calls.length)) {
			var futures = new ArrayList<java.util.concurrent.Future<ApiClient.Response>>();
			var start = new java.util.concurrent.CountDownLatch(1);
			for (var call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			var results = new ArrayList<ApiClient.Response>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

}
