package dk.jobvej.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dk.jobvej.citizen.BenefitType.A_DAGPENGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact module's data: conversations imported in bulk (COPY, all or nothing, a batch once),
 * counted in the statistics per channel, unit and month; the cadence rules served with their
 * sources; and the free-municipality variant switched on as data by an administrator (what it does to
 * the due dates is in DueDateTableTests).
 */
@JobvejIntegrationTest
class ContactDataTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport citizenImport;

	@Autowired
	ConversationImport conversationImport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anImportIsAllOrNothingAndABatchIsImportedOnceAndCounted() {
		var municipality = Fresh.municipality();
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Statistikhuset", municipality);
		var leader = organisation.hire(unit, Role.TEAM_LEADER);
		var caseworker = organisation.hire(unit, Role.CASEWORKER);
		var citizen = new TestCitizens(citizenImport).in(caseworker)
			.municipality(municipality)
			.benefit(A_DAGPENGE, LocalDate.now(clock).minusYears(1), null)
			.make();
		var year = LocalDate.now(clock).getYear() - 1;
		var conversations = new ArrayList<ImportedConversation>();
		var channels = new Channel[] { Channel.TELEFON, Channel.TELEFON, Channel.FYSISK, Channel.VIDEO };
		for (var i = 0; i < 8; i++) {
			var at = LocalDate.of(year, 1 + i, 10).atTime(10, 0).atZone(clock.getZone()).toInstant();
			conversations.add(imported(citizen, municipality, caseworker, at, channels[i % 4], "HELD"));
		}
		conversations.add(imported(citizen, municipality, caseworker,
				LocalDate.of(year, 2, 11).atTime(10, 0).atZone(clock.getZone()).toInstant(), Channel.FYSISK, "NO_SHOW"));

		assertThat(conversationImport.importBatch("test-" + municipality, conversations)).isEqualTo(9);
		assertThat(conversationImport.importBatch("test-" + municipality, conversations)).as("a batch only once").isZero();
		assertThat(conversationImport.hasConversations(municipality)).isTrue();

		var clash = List.of(imported(citizen, municipality, caseworker, Instant.now().plus(Duration.ofDays(2)),
				Channel.FYSISK, "BOOKED"), imported(citizen, municipality, caseworker,
						Instant.now().plus(Duration.ofDays(2)).plus(Duration.ofMinutes(10)), Channel.FYSISK, "BOOKED"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> conversationImport.importBatch("test-clash-" + municipality, clash))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
			.hasMessageContaining("conversation_caseworker_free");
		assertThat(jdbc.sql("select count(*) from contact.import_batch where batch_id = ?")
			.param("test-clash-" + municipality)
			.query(Integer.class)
			.single()).as("nothing half-written").isZero();

		var statistics = ApiClient.at(port).as(leader).get("/api/v1/conversation-statistics?year=" + year).json();
		assertThat(statistics.path("totals").path("TELEFON").asInt()).isEqualTo(4);
		assertThat(statistics.path("totals").path("FYSISK").asInt()).isEqualTo(2);
		assertThat(statistics.path("totals").path("VIDEO").asInt()).isEqualTo(2);
		assertThat(statistics.path("rows")).hasSize(8);
		assertThat(statistics.path("rows").get(0).path("month").asString()).isEqualTo(year + "-01");
	}

	@Test
	void theRulesAreServedWithTheirSourcesAsTheMigrationSeedsThem() {
		var organisation = new TestOrganisation(administration);
		var caseworker = organisation.hire(organisation.unit("Regelhuset"), Role.CASEWORKER);

		var rules = ApiClient.at(port).as(caseworker).get("/api/v1/cadence-rules").json();

		var codes = new ArrayList<String>();
		rules.forEach(rule -> codes.add(rule.path("code").asString()));
		assertThat(codes).contains("DP-2024-A", "DIM-2024-B", "DP-2026-B", "AAL-KH2-A", "JOBFIRST", "FRI-3");
		rules.forEach(rule -> {
			assertThat(rule.path("source").asString()).as(rule.path("code").asString()).isNotBlank();
			assertThat(rule.path("certainty").asString()).isIn("V", "S", "U");
		});
	}

	@Test
	void anAdministratorSwitchesTheFreeMunicipalityVariantOnAsData() {
		var municipality = Fresh.municipality();
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Frikommunehuset", municipality);
		var admin = organisation.hire(unit, Role.ADMINISTRATOR);
		var caseworker = organisation.hire(unit, Role.CASEWORKER);
		var api = ApiClient.at(port).as(admin);

		var refused = ApiClient.at(port).as(caseworker).post("/api/v1/cadence-variants",
				Map.of("targetGroup", "LAB_6_1", "from", "2020-01-01"));
		var on = api.post("/api/v1/cadence-variants", Map.of("targetGroup", "LAB_6_1", "from", "2020-01-01"));
		var twice = api.post("/api/v1/cadence-variants", Map.of("targetGroup", "LAB_6_1", "from", "2020-01-01"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(on.status()).isEqualTo(201);
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.errorFields()).containsExactly("from");
		var variants = api.get("/api/v1/cadence-variants").json();
		assertThat(variants).hasSize(1);
		assertThat(variants.get(0).path("targetGroup").asString()).isEqualTo("LAB_6_1");
		assertThat(variants.get(0).path("municipalityCode").asInt()).isEqualTo(municipality);
	}

	private static ImportedConversation imported(CitizenId citizen, int municipality,
			dk.jobvej.testing.TestOrganisation.Staff caseworker, Instant at, Channel channel, String status) {
		return new ImportedConversation(UUID.randomUUID(), citizen, municipality, caseworker.unit(), caseworker.id(),
				ConversationKind.JOBSAMTALE, channel, at, at.plus(Duration.ofMinutes(30)), null, status, true, false,
				null, "NO_SHOW".equals(status) ? Boolean.FALSE : null);
	}

}
