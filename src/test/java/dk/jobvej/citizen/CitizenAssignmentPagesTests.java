package dk.jobvej.citizen;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The form on the citizen's page that changes their unit and primary contact, over HTTP as htmx uses it. */
@JobvejIntegrationTest
class CitizenAssignmentPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	private final long seed = System.nanoTime();

	private TestOrganisation organisation;

	private UnitId unit;

	private Staff caseworker;

	private Staff colleague;

	private PageClient browser;

	private String id;

	@BeforeEach
	void setUp() {
		organisation = new TestOrganisation(administration);
		unit = organisation.unit("Job- og Aktivhuset");
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		colleague = organisation.hire(unit, Role.CASEWORKER);
		var created = ApiClient.at(port)
			.as(caseworker)
			.post("/api/v1/citizens",
					Map.of("cpr", new CprGenerator(new Random(seed)).adult(LocalDate.now()).formatted(), "givenName",
							"Tove", "familyName", Fresh.name("Tildeling"), "unit", unit.toString()));
		assertThat(created.status()).as("seed %d: %s", seed, created).isEqualTo(201);
		id = created.json().path("id").asString();
		browser = PageClient.at(port);
		browser.login(caseworker);
	}

	@Test
	void theFormOffersTheUnitsAndTheStaffOfTheCitizensUnitAndIsNotShownToAMentor() {
		var page = browser.get("/borgere/" + id);

		assertThat(page.body()).contains("id=\"assignment-form\"", "Skift enhed og kontaktperson",
				"id=\"assignment-unit\"", "id=\"assignment-primaryContact\"", "Medarbejder " + colleague.username());

		var mentor = PageClient.at(port);
		mentor.login(organisation.hire(unit, Role.MENTOR));
		var seenByMentor = mentor.get("/borgere/" + id);
		assertThat(seenByMentor.status()).isEqualTo(200);
		assertThat(seenByMentor.body()).doesNotContain("id=\"assignment-form\"");
	}

	@Test
	void choosingAnotherUnitOffersItsStaff() {
		var jobhuset = organisation.unit("Jobhuset");
		var there = organisation.hire(jobhuset, Role.MENTOR);
		browser.get("/borgere/" + id);

		var contacts = browser.htmxGet("/borgere/kontaktpersoner?unit=" + jobhuset);

		assertThat(contacts.status()).isEqualTo(200);
		assertThat(contacts.body()).startsWith("<div id=\"assignment-contacts\"")
			.contains("Medarbejder " + there.username())
			.doesNotContain("Medarbejder " + colleague.username());
	}

	@Test
	void aNewContactIsSavedAndThePageReloaded() {
		browser.get("/borgere/" + id);

		var saved = browser.htmxPost("/borgere/" + id + "/tildeling",
				Map.of("unit", unit.toString(), "primaryContact", colleague.id().toString(), "version", "0"));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.headers().firstValue("HX-Redirect")).contains("/borgere/" + id);
		assertThat(browser.get("/borgere/" + id).body())
			.containsPattern("id=\"primary-contact\">Medarbejder " + colleague.username() + "<");
	}

	@Test
	void anUnknownContactIsShownNextToTheFieldAndNothingChanges() {
		browser.get("/borgere/" + id);

		var refused = browser.htmxPost("/borgere/" + id + "/tildeling",
				Map.of("unit", unit.toString(), "primaryContact", UUID.randomUUID().toString(), "version", "0"));

		assertThat(refused.body()).startsWith("<div id=\"person-section\"")
			.contains("id=\"assignment-primaryContact-error\"",
					"Kontaktpersonen skal være en aktiv medarbejder i kommunen, der arbejder med borgere")
			.containsPattern("id=\"primary-contact\">Medarbejder " + caseworker.username() + "<");
	}

	@Test
	void aChangeOnOldDataShowsTheConflict() {
		browser.get("/borgere/" + id);
		browser.htmxPost("/borgere/" + id + "/ydelser",
				Map.of("type", "KONTANTHJAELP", "from", "2025-01-01", "version", "0"));

		var stale = browser.htmxPost("/borgere/" + id + "/tildeling",
				Map.of("unit", unit.toString(), "primaryContact", colleague.id().toString(), "version", "0"));

		assertThat(stale.body()).contains("Oplysningerne er ændret af en anden")
			.containsPattern("id=\"primary-contact\">Medarbejder " + caseworker.username() + "<");
	}

}
