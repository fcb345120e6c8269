package dk.jobvej.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.employer.Cvr;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The candidate bank follows the CVs: what a caseworker writes in a citizen's CV becomes the
 * citizen's candidate profile, a visitation decision sets the readiness, and a booked conversation
 * gets the best-ranked open vacancies as concrete jobs to present (seed 003).
 */
@JobvejIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidatesFromCvsTests {

	private static final Duration EVENTS = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	CandidateIndex index;

	private ApiClient caseworker;

	private TestOrganisation.Staff staff;

	private CitizenId citizen;

	private UUID vacancy;

	@BeforeAll
	void aCitizenWithACaseworkerAndAnOpenVacancyForTruckDrivers() {
		var organisation = new TestOrganisation(administration);
		var staff = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
		caseworker = ApiClient.at(port).as(staff);
		this.staff = staff;
		var consultant = ApiClient.at(port)
			.as(organisation.hire(organisation.unit("Rekrutteringsenheden"), Role.COMPANY_CONSULTANT));
		var company = consultant.post("/api/v1/companies", Map.of("cvr", cvr(), "name", "Cv Lager ApS", "branch", "08",
				"size", "SMALL", "street", "Hobrovej 2", "postcode", "9200", "city", "Aalborg SV"))
			.json()
			.path("id")
			.asString();
		vacancy = UUID.fromString(consultant.post("/api/v1/companies/" + company + "/vacancies",
				Map.of("occupation", "8344", "title", "Truckfører på lager", "description", "Gaffeltruck og lager",
						"hoursPerWeek", 37, "postcode", "9200", "city", "Aalborg SV"))
			.json()
			.path("id")
			.asString());
	}

	/** Every test its own citizen, in the caseworker's caseload. */
	@BeforeEach
	void aNewCitizen() {
		citizen = new TestCitizens(imports).in(staff)
			.contact(staff)
			.benefit(KONTANTHJAELP, LocalDate.now().minusMonths(3), null)
			.make();
	}

	@Test
	void whatTheCvSaysBecomesTheCandidateProfileAndTheVisitationItsReadiness() {
		var cv = "/api/v1/citizens/" + citizen + "/cv";
		assertThat(caseworker.post(cv + "/job-goals", Map.of("occupation", "8344")).status()).isEqualTo(201);
		assertThat(caseworker.post(cv + "/skills", Map.of("name", "Gaffeltruck")).status()).isEqualTo(201);
		assertThat(caseworker.post(cv + "/educations", Map.of("level", "ERHVERVSUDDANNELSE", "title", "Lagerassistent",
				"completed", true)).status()).isEqualTo(201);
		assertThat(caseworker.post("/api/v1/citizens/" + citizen + "/visitation",
				Map.of("category", "JOBPARAT", "reason", "Kan tage et job nu")).status()).isEqualTo(204);

		await().atMost(EVENTS).untilAsserted(() -> assertThat(index.profile(citizen)).hasValueSatisfying(profile -> {
			assertThat(profile.jobGoals()).containsExactly(new OccupationCode("8344"));
			assertThat(profile.skills()).as("skills are kept in lower case").containsExactly("gaffeltruck");
			assertThat(profile.educationLevel()).isEqualTo(3);
			assertThat(profile.educations()).containsExactly("Lagerassistent");
			assertThat(profile.readiness()).isEqualTo(Readiness.JOB_READY);
		}));
	}

	@Test
	void aBookedConversationGetsTheBestRankedVacanciesAsConcreteJobs() {
		var cv = "/api/v1/citizens/" + citizen + "/cv";
		caseworker.post(cv + "/job-goals", Map.of("occupation", "8344"));
		await().atMost(EVENTS).until(() -> index.profile(citizen).isPresent());

		var booked = caseworker.post("/api/v1/conversations", Map.of("citizen", citizen.toString(), "kind", "JOBSAMTALE",
				"channel", "FYSISK", "startsAt", LocalDate.now().plusDays(21).atTime(10, 0).toString(),
				"durationMinutes", "30"));
		assertThat(booked.status()).as("%s", booked.body()).isEqualTo(201);
		var conversation = "/api/v1/conversations/" + booked.json().path("id").asString();

		await().atMost(EVENTS)
			.untilAsserted(() -> assertThat(caseworker.get(conversation).body()).contains(vacancy.toString(),
					"Truckfører på lager", "Cv Lager ApS", "MATCHING"));
	}

	private static String cvr() {
		var random = new Random();
		while (true) {
			var seven = String.valueOf(1_000_000 + random.nextInt(9_000_000));
			var check = Cvr.checkDigit(seven);
			if (check >= 0) {
				return seven + check;
			}
		}
	}

}
