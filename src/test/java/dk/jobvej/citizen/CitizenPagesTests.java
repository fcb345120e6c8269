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
import dk.jobvej.testing.AuditTrail;
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

/** The citizen pages over HTTP, as a browser without JavaScript and as htmx use them. */
@JobvejIntegrationTest
class CitizenPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	AuditLog auditLog;

	private final CprGenerator cprs = new CprGenerator(new Random());

	private TestOrganisation organisation;

	private Staff caseworker;

	private PageClient browser;

	@BeforeEach
	void setUp() {
		organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
		browser = signedIn(caseworker);
	}

	@Test
	void theWorklistShowsMyCitizensAndTheSearchForm() {
		var family = Fresh.name("Worklist");
		var id = register(cprs.adult(LocalDate.now()).value(), family);

		var page = browser.get("/borgere");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Mine borgere", "id=\"search-form\"", "Mette " + family, "/borgere/" + id)
			.doesNotContain("Enhedens borgere");
	}

	@Test
	void registeringShowsErrorsNextToTheFieldsInDanish() {
		var form = newCitizenForm("", "Sørensen");

		var blank = browser.post("/borgere/ny", form);

		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("Der er fejl i formularen", "form-group form-error", "Skal udfyldes",
				"href=\"#citizen-givenName\"", "id=\"citizen-givenName-error\"");

		var badCpr = newCitizenForm("Mette", "Sørensen");
		badCpr.put("cpr", "310290-1234");
		assertThat(browser.post("/borgere/ny", badCpr).body())
			.contains("CPR-nummeret indeholder ikke en gyldig fødselsdato", "id=\"citizen-cpr-error\"");

		var created = browser.post("/borgere/ny", newCitizenForm("Mette", Fresh.name("Ny")));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).matches(".*/borgere/[0-9a-f-]{36}$");
	}

	@Test
	void theCitizenPageMasksTheCprUntilItIsRevealed() {
		var cpr = cprs.adult(LocalDate.now());
		var id = register(cpr.value(), Fresh.name("Maske"));

		var page = browser.get("/borgere/" + id);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"cpr\"", cpr.masked(), "id=\"reveal-cpr\"", "id=\"visitation-none\"",
				"id=\"journal\"").doesNotContain(cpr.formatted());

		var revealed = browser.htmxPost("/borgere/" + id + "/cpr", Map.of());

		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.body()).contains(cpr.formatted()).doesNotContain("<html");
		assertThat(new AuditTrail(auditLog).about("citizen/" + id))
			.filteredOn(entry -> entry.action() == AuditAction.REVEAL_CPR)
			.hasSize(1);
	}

	@Test
	void benefitPeriodsAndVisitationAreChangedInTheirSection() {
		var id = register(cprs.adult(LocalDate.now()).value(), Fresh.name("Sektion"));

		var added = browser.htmxPost("/borgere/" + id + "/ydelser",
				Map.of("type", "KONTANTHJAELP", "from", "2025-01-01", "to", "", "version", "0"));

		assertThat(added.body()).startsWith("<div id=\"case\"").contains("Kontanthjælp", "id=\"visitation-form\"");

		var noReason = browser.htmxPost("/borgere/" + id + "/visitation",
				Map.of("category", "JOBPARAT", "reason", "", "version", "1"));
		assertThat(noReason.body()).contains("Begrundelsen skal udfyldes", "id=\"visitation-reason-error\"");

		var visited = browser.htmxPost("/borgere/" + id + "/visitation",
				Map.of("category", "JOBPARAT", "reason", "Klar til <job>", "version", "1"));
		assertThat(visited.body()).contains("LAB § 6, nr. 2: Jobparate kontanthjælpsmodtagere", "Klar til &lt;job&gt;",
				"id=\"visitation-history\"");

		var overlap = browser.post("/borgere/" + id + "/ydelser",
				Map.of("type", "A_DAGPENGE", "from", "2025-03-01", "to", "2025-04-01", "version", "2"));
		assertThat(overlap.body()).contains("<html", "Forløbet overlapper Kontanthjælp fra 2025-01-01 til (løbende)",
				"id=\"benefit-from-error\"");
	}

	@Test
	void aChangeOnOldDataShowsTheConflict() {
		var id = register(cprs.adult(LocalDate.now()).value(), Fresh.name("Konflikt"));
		browser.htmxPost("/borgere/" + id + "/ydelser", Map.of("type", "KONTANTHJAELP", "from", "2025-01-01",
				"version", "0"));

		var stale = browser.htmxPost("/borgere/" + id + "/visitation",
				Map.of("category", "JOBPARAT", "reason", "Jobparat", "version", "0"));

		assertThat(stale.body()).contains("Oplysningerne er ændret af en anden");
		assertThat(stale.body()).contains("name=\"version\" value=\"1\"");
	}

	@Test
	void journalNotesAreShownAsTextNeverAsHtml() {
		var id = register(cprs.adult(LocalDate.now()).value(), Fresh.name("Journal"));

		var written = browser.htmxPost("/borgere/" + id + "/journal", Map.of("text", "<script>alert('x')</script>"));

		assertThat(written.body()).startsWith("<div id=\"journal\"")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		var tooLong = browser.htmxPost("/borgere/" + id + "/journal", Map.of("text", "x".repeat(4001)));
		assertThat(tooLong.body()).contains("Må højst være 4000 tegn", "id=\"journal-text-error\"");

		var plain = browser.post("/borgere/" + id + "/journal", Map.of("text", "Uden JavaScript"));
		assertThat(plain.status()).as("post/redirect/get").isEqualTo(302);
		assertThat(browser.follow(plain).body()).contains("Uden JavaScript");
	}

	@Test
	void anotherUnitGetsTheNoAccessPageAndMayStateAReason() {
		var id = register(cprs.adult(LocalDate.now()).value(), Fresh.name("Glas"));
		var outsider = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);
		var other = signedIn(outsider);

		var refused = other.get("/borgere/" + id);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Ingen adgang", "id=\"access-form\"").doesNotContain("Mette Glas");
		assertThat(other.post("/borgere/" + id + "/adgang", Map.of("reason", "")).body())
			.contains("Angiv hvorfor du skal se borgeren");

		var granted = other.post("/borgere/" + id + "/adgang", Map.of("reason", "Borgeren står i skranken"));

		assertThat(granted.status()).isEqualTo(302);
		assertThat(other.get("/borgere/" + id).status()).isEqualTo(200);
	}

	@Test
	void theLeaderSeesTheUnitsCitizensAndTheGrants() {
		var leader = organisation.hire(caseworker.unit(), Role.TEAM_LEADER);
		var family = Fresh.name("Enhed");
		var id = register(cprs.adult(LocalDate.now()).value(), family);
		var outsider = signedIn(organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER));
		outsider.get("/borgere/" + id);
		outsider.post("/borgere/" + id + "/adgang", Map.of("reason", "Vagtordning <i dag>"));
		var boss = signedIn(leader);

		var worklist = boss.htmxGet("/borgere?liste=enhed");
		var grants = boss.get("/borgere/adgang");

		assertThat(worklist.body()).startsWith("<div id=\"worklist\"").contains("Enhedens borgere", "Mette " + family);
		assertThat(grants.status()).isEqualTo(200);
		assertThat(grants.body()).contains("Adgang uden for enheden", "Vagtordning &lt;i dag&gt;", "Mette " + family);
		assertThat(browser.get("/borgere/adgang").status()).as("caseworkers do not review").isEqualTo(403);
	}

	@Test
	void searchIsAPostAndShowsCitizensOfOtherUnitsAsNeedingAReason() {
		var cpr = cprs.adult(LocalDate.now());
		register(cpr.value(), Fresh.name("Søg"));
		var outsider = signedIn(organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER));
		outsider.get("/borgere");

		var found = outsider.htmxPost("/borgere/soeg", Map.of("cpr", cpr.formatted(), "name", ""));
		var tooShort = outsider.htmxPost("/borgere/soeg", Map.of("cpr", "", "name", "a"));

		assertThat(found.body()).contains(cpr.masked(), "Kræver begrundelse").doesNotContain(cpr.formatted());
		assertThat(tooShort.body()).contains("Skriv et CPR-nummer eller mindst 2 tegn af navnet");
	}

	@Test
	void pagesSpeakEnglishOnRequest() {
		var page = browser.get("/borgere?lang=en");

		assertThat(page.body()).contains("My citizens", "Find a citizen");
	}

	@Test
	void administratorsDoNotReachTheCitizenPages() {
		var admin = signedIn(organisation.hire(caseworker.unit(), Role.ADMINISTRATOR));

		assertThat(admin.get("/borgere").status()).isEqualTo(403);
		assertThat(admin.get("/borgere/" + UUID.randomUUID()).status()).isEqualTo(403);
	}

	private PageClient signedIn(Staff staff) {
		var client = PageClient.at(port);
		client.login(staff);
		client.get("/borgere");
		return client;
	}

	private String register(String cpr, String familyName) {
		browser.get("/borgere/ny");
		var form = newCitizenForm("Mette", familyName);
		form.put("cpr", cpr);
		var created = browser.post("/borgere/ny", form);
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		return created.location().substring(created.location().lastIndexOf('/') + 1);
	}

	private Map<String, String> newCitizenForm(String givenName, String familyName) {
		var form = new HashMap<String, String>();
		form.put("cpr", cprs.adult(LocalDate.now()).value());
		form.put("givenName", givenName);
		form.put("familyName", familyName);
		form.put("street", "Boulevarden 13");
		form.put("postcode", "9000");
		form.put("city", "Aalborg");
		form.put("unit", caseworker.unit().toString());
		form.put("primaryContact", caseworker.id().toString());
		return form;
	}

}
