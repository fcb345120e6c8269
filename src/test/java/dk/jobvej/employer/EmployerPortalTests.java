package dk.jobvej.employer;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employer portal is the companies' own door: an employer user signs in, sees only the
 * company's own vacancies and posts new ones; staff cannot use it, and an employer's session opens
 * nothing of the staff's.
 */
@JobvejIntegrationTest
class EmployerPortalTests {

	static final String PASSWORD = "virksomhed-test-1";

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	private Staff consultant;

	private ApiClient api;

	private String email;

	private UUID ownVacancy;

	private UUID othersVacancy;

	@BeforeEach
	void setUp() {
		var organisation = new TestOrganisation(administration);
		consultant = organisation.hire(organisation.unit("Rekrutteringsenheden"), Role.COMPANY_CONSULTANT);
		api = ApiClient.at(port).as(consultant);
		var own = company("Portal ApS");
		var other = company("Nabo ApS");
		ownVacancy = vacancy(own, "Egen lagerstilling");
		othersVacancy = vacancy(other, "Naboens stilling");
		email = "hr-" + UUID.randomUUID() + "@portal.dk";
		var user = api.post("/api/v1/companies/" + own + "/portal-users",
				Map.of("name", "Hanne Portal", "email", email, "password", PASSWORD));
		assertThat(user.status()).as(user.toString()).isEqualTo(201);
	}

	private UUID company(String name) {
		var random = new Random();
		String cvr;
		do {
			var seven = String.valueOf(1_000_000 + random.nextInt(9_000_000));
			var check = Cvr.checkDigit(seven);
			cvr = check < 0 ? null : seven + check;
		}
		while (cvr == null);
		var created = api.post("/api/v1/companies", Map.of("cvr", cvr, "name", name, "branch", "02", "size", "SMALL",
				"street", "Vej 1", "postcode", "9000", "city", "Aalborg"));
		return UUID.fromString(created.json().path("id").asString());
	}

	private UUID vacancy(UUID company, String title) {
		var created = api.post("/api/v1/companies/" + company + "/vacancies", Map.of("occupation", "9333", "title",
				title, "description", "Lager", "hoursPerWeek", 30, "postcode", "9000", "city", "Aalborg"));
		return UUID.fromString(created.json().path("id").asString());
	}

	private PageClient signIn(String username, String password) {
		var browser = PageClient.at(port);
		browser.get("/virksomhedsportal/login");
		var answer = browser.post("/virksomhedsportal/login", Map.of("username", username, "password", password));
		assertThat(answer.isRedirect()).isTrue();
		return browser;
	}

	@Test
	void anEmployerSeesOnlyTheCompanysOwnVacancies() {
		var browser = signIn(email, PASSWORD);
		var front = browser.get("/virksomhedsportal");

		assertThat(front.status()).isEqualTo(200);
		assertThat(front.body()).contains("Velkommen, Hanne Portal", "Egen lagerstilling")
			.doesNotContain("Naboens stilling");
		assertThat(browser.get("/virksomhedsportal/stillinger/" + ownVacancy).status()).isEqualTo(200);
		assertThat(browser.get("/virksomhedsportal/stillinger/" + othersVacancy).status()).isEqualTo(404);
	}

	@Test
	void anEmployerPostsAVacancyOrASmallTask() {
		var browser = signIn(email, PASSWORD);
		browser.get("/virksomhedsportal/stillinger/ny");

		var tooFewHours = browser.post("/virksomhedsportal/stillinger/ny",
				List.of(Map.entry("occupation", "9112"), Map.entry("title", "Rengøring om morgenen"),
						Map.entry("description", "Kontorrengøring"), Map.entry("kind", "SMALL_TASK"),
						Map.entry("hoursPerWeek", "3"), Map.entry("postcode", "9000"), Map.entry("city", "Aalborg")));
		var posted = browser.post("/virksomhedsportal/stillinger/ny",
				List.of(Map.entry("occupation", "9112"), Map.entry("title", "Rengøring om morgenen"),
						Map.entry("description", "Kontorrengøring"), Map.entry("kind", "SMALL_TASK"),
						Map.entry("hoursPerWeek", "6"), Map.entry("postcode", "9000"), Map.entry("city", "Aalborg")));

		assertThat(tooFewHours.status()).isEqualTo(200);
		assertThat(tooFewHours.body()).contains("mindst 5 timer om ugen");
		assertThat(posted.location()).contains("/virksomhedsportal/stillinger/").endsWith("?oprettet");
		assertThat(browser.follow(posted).body()).contains("Rengøring om morgenen", "Småjob");
		assertThat(api.get("/api/v1/vacancies").body()).as("the recruitment unit sees it").contains("Rengøring om morgenen");
	}

	@Test
	void wrongPasswordsUnknownUsersAndStaffGetTheSameAnswer() {
		var wrong = PageClient.at(port);
		wrong.get("/virksomhedsportal/login");
		var wrongPassword = wrong.post("/virksomhedsportal/login", Map.of("username", email, "password", "forkert"));
		var unknown = wrong.post("/virksomhedsportal/login", Map.of("username", "ingen@x.dk", "password", PASSWORD));
		var staff = wrong.post("/virksomhedsportal/login",
				Map.of("username", consultant.username(), "password", consultant.password()));

		assertThat(wrongPassword.location()).endsWith("/virksomhedsportal/login?error");
		assertThat(unknown.location()).isEqualTo(wrongPassword.location());
		assertThat(staff.location()).isEqualTo(wrongPassword.location());
	}

	@Test
	void theDoorsAreSeparate() {
		var employer = signIn(email, PASSWORD);
		assertThat(employer.get("/virksomheder").status()).isEqualTo(403);
		assertThat(employer.get("/borgere").status()).isEqualTo(403);
		assertThat(employer.get("/min-side").status()).isEqualTo(403);
		assertThat(employer.get("/api/v1/companies").status()).isEqualTo(401);

		var staff = PageClient.at(port);
		staff.login(consultant);
		assertThat(staff.get("/virksomhedsportal").status()).isEqualTo(403);
		assertThat(staff.get("/virksomheder").status()).isEqualTo(200);
	}

	@Test
	void signingOutEndsTheEmployersSession() {
		var employer = signIn(email, PASSWORD);
		employer.get("/virksomhedsportal");

		var out = employer.post("/virksomhedsportal/logout", Map.of());

		assertThat(out.location()).endsWith("/virksomhedsportal/login?logout");
		assertThat(employer.get("/virksomhedsportal").location()).endsWith("/virksomhedsportal/login");
	}

}
