package dk.jobvej.rehab;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.plan.OfferId;
import dk.jobvej.plan.OfferStarted;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plan module's offers are the efforts of a ressourceforløb: a course with no effort started
 * within 6 months of its start is on the leader's worklist for a new assessment (LAB § 113 stk.
 * 2), and an offer started in the plan module before that day takes it off, once, however often
 * the event arrives.
 */
@JobvejIntegrationTest
class OfferStartedListenerTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private Staff caseworker;

	private LocalDate today;

	@BeforeEach
	void aCaseworkerOfRessourceCenter() {
		today = LocalDate.now(clock);
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("RessourceCenter"), Role.CASEWORKER);
	}

	@Test
	void anOfferStartedWithinSixMonthsTakesTheCourseOffTheNoEffortList() {
		var citizen = new TestCitizens(imports).in(caseworker).contact(caseworker).make();
		var api = ApiClient.at(port).as(caseworker);
		var courseStart = today.minusMonths(7);
		var period = api.post("/api/v1/citizens/" + citizen + "/benefit-periods",
				Map.of("type", "RESSOURCEFORLOEB", "from", courseStart.toString()));
		assertThat(period.status()).as("%s", period).isEqualTo(201);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> course(api, citizen).map(row -> row.path("task").asString().equals("INGEN_INDSATS")).orElse(false));
		assertThat(course(api, citizen).orElseThrow().path("due").asString())
			.isEqualTo(courseStart.plusMonths(6).toString());

		var effortDay = courseStart.plusMonths(5);
		var started = new OfferStarted(new OfferId(UUID.randomUUID()), citizen, TestOrganisation.AALBORG,
				caseworker.unit(), OfferType.VIRKSOMHEDSPRAKTIK, ProviderKind.COMPANY, effortDay,
				YearMonth.from(effortDay), null);
		transactions.executeWithoutResult(status -> events.publishEvent(started));
		transactions.executeWithoutResult(status -> events.publishEvent(started));

		await().atMost(Duration.ofSeconds(30)).until(() -> course(api, citizen).isEmpty());
		assertThat(efforts(citizen)).isEqualTo(1);
	}

	private Optional<JsonNode> course(ApiClient api, CitizenId citizen) {
		var list = api.get("/api/v1/rehab/courses");
		assertThat(list.status()).as("%s", list).isEqualTo(200);
		for (var row : list.json().path("rows")) {
			if (row.path("citizen").path("id").asString().equals(citizen.toString())
					&& row.path("task").asString().equals("INGEN_INDSATS")) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}

	private int efforts(CitizenId citizen) {
		return jdbc.sql("select count(*) from rehab.effort_start where citizen = ?")
			.param(citizen.value())
			.query(Integer.class)
			.single();
	}

}
