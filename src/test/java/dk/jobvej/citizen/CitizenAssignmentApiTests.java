package dk.jobvej.citizen;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.ApiClient.Response;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a citizen's unit and primary contact over the API: the change is read back and
 * audited, a contact or unit the municipality does not offer is refused naming the field and
 * changes nothing, an old version is a conflict, and a mentor may not decide it.
 */
@JobvejIntegrationTest
class CitizenAssignmentApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	AuditLog auditLog;

	private final long seed = System.nanoTime();

	private final CprGenerator cprs = new CprGenerator(new Random(seed));

	private ApiClient api;

	private TestOrganisation organisation;

	private UnitId unit;

	private Staff caseworker;

	private String id;

	@BeforeEach
	void setUp() {
		api = ApiClient.at(port);
		organisation = new TestOrganisation(administration);
		unit = organisation.unit("Job- og Aktivhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		var created = api.as(caseworker)
			.post("/api/v1/citizens", Map.of("cpr", cprs.adult(LocalDate.now()).formatted(), "givenName", "Tove",
					"familyName", Fresh.name("Tildeling"), "unit", unit.toString()));
		assertThat(created.status()).as("seed %d: %s", seed, created).isEqualTo(201);
		id = created.json().path("id").asString();
	}

	@Test
	void movesTheCitizenToAnotherUnitWithAContactThereAndAuditsTheChange() {
		var jobhuset = organisation.unit("Jobhuset");
		var mentor = organisation.hire(jobhuset, Role.MENTOR);

		var changed = assign(caseworker, jobhuset.toString(), mentor.id().toString(), version());

		assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
		var json = api.as(mentor).get("/api/v1/citizens/" + id).json();
		assertThat(json.path("unit").asString()).isEqualTo(jobhuset.toString());
		assertThat(json.path("primaryContact").asString()).isEqualTo(mentor.id().toString());
		assertThat(new AuditTrail(auditLog).about("citizen/" + id))
			.anySatisfy(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.CHANGE);
				assertThat(entry.what()).isEqualTo("assignment");
				assertThat(entry.actor()).isEqualTo(caseworker.username());
			});
	}

	@Test
	void aContactOfAnotherMunicipalityIsRefusedNamingTheFieldAndNothingChanges() {
		var stranger = organisation.hire(organisation.unit(Fresh.municipality()), Role.CASEWORKER);

		assertRefused(assign(caseworker, unit.toString(), stranger.id().toString(), null), 422, "primaryContact");
	}

	@Test
	void anInactiveContactIsRefused() {
		var leaver = organisation.hire(unit, Role.CASEWORKER);
		administration.deactivate(leaver.id());

		assertRefused(assign(caseworker, unit.toString(), leaver.id().toString(), null), 422, "primaryContact");
	}

	@Test
	void anUnknownContactIsRefused() {
		assertRefused(assign(caseworker, unit.toString(), UUID.randomUUID().toString(), null), 422, "primaryContact");
	}

	@Test
	void aContactWhoDoesNotWorkWithCitizensIsRefused() {
		var administrator = organisation.hire(unit, Role.ADMINISTRATOR);

		assertRefused(assign(caseworker, unit.toString(), administrator.id().toString(), null), 422,
				"primaryContact");
	}

	@Test
	void anUnknownUnitOrOneOfAnotherMunicipalityIsRefusedNamingTheField() {
		var colleague = organisation.hire(unit, Role.CASEWORKER).id().toString();

		assertRefused(assign(caseworker, UUID.randomUUID().toString(), colleague, null), 422, "unit");
		assertRefused(assign(caseworker, organisation.unit(Fresh.municipality()).toString(), colleague, null), 422,
				"unit");
	}

	@Test
	void missingFieldsAreRefusedNamingThem() {
		var refused = api.as(caseworker).post("/api/v1/citizens/" + id + "/assignment", Map.of());

		assertRefused(refused, 400, "unit");
		assertThat(refused.errorFields()).contains("primaryContact");
	}

	@Test
	void aChangeOnAnOldVersionIsAConflict() {
		var colleague = organisation.hire(unit, Role.CASEWORKER);
		var seen = version();
		api.as(caseworker).post("/api/v1/citizens/" + id + "/benefit-periods",
				Map.of("type", "KONTANTHJAELP", "from", "2025-01-01"));

		assertRefused(assign(caseworker, unit.toString(), colleague.id().toString(), seen), 409, null);
	}

	@Test
	void aMentorMayNotDecideIt() {
		var mentor = organisation.hire(unit, Role.MENTOR);

		var refused = assign(mentor, unit.toString(), mentor.id().toString(), null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(current().path("primaryContact").asString()).isEqualTo(caseworker.id().toString());
	}

	private Response assign(Staff who, String unitId, String contact, Integer version) {
		var body = new HashMap<String, Object>();
		body.put("unit", unitId);
		body.put("primaryContact", contact);
		if (version != null) {
			body.put("version", version);
		}
		return api.as(who).post("/api/v1/citizens/" + id + "/assignment", body);
	}

	private int version() {
		return current().path("version").asInt();
	}

	private tools.jackson.databind.JsonNode current() {
		var read = api.as(caseworker).get("/api/v1/citizens/" + id);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json();
	}

	private void assertRefused(Response response, int status, String field) {
		assertThat(response.status()).as("seed %d: %s", seed, response).isEqualTo(status);
		if (field != null) {
			assertThat(response.errorFields()).as(response.toString()).contains(field);
		}
		var json = current();
		assertThat(json.path("unit").asString()).isEqualTo(unit.toString());
		assertThat(json.path("primaryContact").asString()).isEqualTo(caseworker.id().toString());
	}

}
