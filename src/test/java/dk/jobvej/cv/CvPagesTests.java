package dk.jobvej.cv;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CV pages: the citizen writes their own CV on Min side and the caseworker sees it; errors are
 * shown at the field; the worklist shows the caseworker's citizens who must have a CV and lack a
 * usable one; the CV comes out as a Danish PDF.
 */
@JobvejIntegrationTest
class CvPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	CvSearch search;

	private Staff caseworker;

	private TestCitizens.Builder citizen;

	private CitizenId citizenId;

	@BeforeEach
	void aCitizenOnCashBenefit() {
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
		citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(KONTANTHJAELP, LocalDate.now().minusMonths(3), null);
		citizenId = citizen.make();
	}

	@Test
	void theCitizenWritesTheirOwnCvOnMinSideAndTheCaseworkerSeesIt() {
		var browser = PageClient.at(port);
		browser.loginAsCitizen(citizen.cpr());
		assertThat(browser.get("/min-side").body()).contains("/min-side/cv").contains("Mit CV");
		var page = browser.get("/min-side/cv");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("et er 0 % udfyldt");

		assertThat(browser.post("/min-side/cv/jobmaal", Map.of("occupation", "9112", "note", "Gerne om morgenen"))
			.location()).endsWith("/min-side/cv");
		assertThat(browser.post("/min-side/cv/kompetencer", Map.of("name", "Rengøring af kontorer")).status()).isEqualTo(302);
		var badYear = browser.post("/min-side/cv/uddannelse",
				Map.of("level", "GRUNDSKOLE", "title", "Folkeskolens afgangsprøve", "fromYear", "1999", "toYear", "1995"));
		assertThat(badYear.status()).isEqualTo(200);
		assertThat(badYear.body()).contains("Slutåret må ikke ligge før startåret").contains("id=\"education-toYear\"");
		var notAMonth = browser.post("/min-side/cv/erfaring", Map.of("title", "Rengøringsassistent", "from", "sidste år"));
		assertThat(notAMonth.body()).contains("Har et ugyldigt format");

		var page2 = browser.get("/min-side/cv");
		assertThat(page2.body()).contains("Rengøringsassistent").contains("Rengøring af kontorer").contains("et er 25 % udfyldt");
		var snapshot = search.snapshot(citizenId).orElseThrow();
		assertThat(snapshot.jobGoals()).extracting(Occupation::code).containsExactly("9112");

		var staff = PageClient.at(port);
		staff.login(caseworker);
		var staffPage = staff.get("/borgere/" + citizenId + "/cv");
		assertThat(staffPage.status()).isEqualTo(200);
		assertThat(staffPage.body()).contains("Rengøringsassistent").contains("Gerne om morgenen");
		assertThat(staff.get("/min-side/cv").status()).as("staff cannot use Min side").isEqualTo(403);
	}

	@Test
	void theWorklistShowsCitizensWhoMustHaveACvAndLackAUsableOne() {
		var sick = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(SYGEDAGPENGE, LocalDate.now().minusMonths(1), null);
		sick.make();
		var staff = PageClient.at(port);
		staff.login(caseworker);

		var before = staff.get("/borgere/uden-cv");
		assertThat(before.body()).contains(citizen.familyName()).doesNotContain(sick.familyName()).contains("Intet CV");

		var api = ApiClient.at(port).as(caseworker);
		var cv = "/api/v1/citizens/" + citizenId + "/cv";
		api.post(cv + "/job-goals", Map.of("occupation", "5223"));
		api.post(cv + "/educations", Map.of("level", "GRUNDSKOLE", "title", "9. klasse", "completed", true));
		api.post(cv + "/skills", Map.of("name", "Kundeservice"));
		api.post(cv + "/languages", Map.of("code", "da", "level", "MODERSMAAL"));
		assertThat(staff.get("/borgere/uden-cv").body()).contains(citizen.familyName()).contains("% udfyldt");
		api.put(cv + "/wishes", Map.of("hoursPerWeek", 20, "maxCommuteKm", 15, "branches", List.of()));

		assertThat(staff.get("/borgere/uden-cv").body()).doesNotContain(citizen.familyName());
		assertThat(api.get("/api/v1/cv/worklist/mine").json().toString()).doesNotContain(citizenId.toString());
	}

	@Test
	void theCvComesOutAsADanishPdf() throws Exception {
		var api = ApiClient.at(port).as(caseworker);
		var cv = "/api/v1/citizens/" + citizenId + "/cv";
		api.post(cv + "/job-goals", Map.of("occupation", "7115"));
		api.post(cv + "/experiences", Map.of("title", "Tømrerlærling", "employer", "TL Byg", "from", "2019-08",
				"to", "2021-06", "description", "Tagrenovering og montage af køkkener"));
		api.put(cv + "/driving-licences", Map.of("licences", List.of("B", "BE")));
		var staff = PageClient.at(port);
		staff.login(caseworker);

		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + cv + "/pdf"))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((caseworker.username() + ":" + caseworker.password()).getBytes()))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (var document = Loader.loadPDF(response.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Test " + citizen.familyName())
				.contains("Jobmål: Tømrer")
				.contains("ERHVERVSERFARING")
				.contains("Tømrerlærling, TL Byg")
				.contains("08.2019 – 06.2021")
				.contains("Kørekort: B, BE");
		}
	}

}
