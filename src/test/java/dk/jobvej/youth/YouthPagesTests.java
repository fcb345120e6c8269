package dk.jobvej.youth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.Cpr;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.CprGenerator;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.PageClient;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The youth pages over HTTP as a browser without JavaScript uses them: a form with an error comes
 * back with the message next to the field, a good one redirects; htmx gets the order's section;
 * the admin page imports population figures; English on request.
 */
@JobvejIntegrationTest
class YouthPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	private Staff caseworker;

	private CitizenId citizen;

	private String order;

	@BeforeEach
	void anOrderOfAYoungPerson() {
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit(Fresh.name("Uddannelseshuset")), Role.CASEWORKER);
		var since = LocalDate.of(2025, 9, 1);
		citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.cpr(Cpr.parse(new CprGenerator(new Random()).valid(LocalDate.of(2003, 8, 30))))
			.benefit(BenefitType.KONTANTHJAELP, since, null)
			.category(VisitationCategory.AABENLYST_UDDANNELSESPARAT, since)
			.make();
		order = ApiClient.at(port).as(caseworker).post("/api/v1/youth/education-orders", Map.of("citizen",
				citizen.toString(), "issuedOn", "2026-10-01", "deadline", "2026-10-29", "noQualification", true))
			.json()
			.path("id")
			.asString();
	}

	@Test
	void aStepWithoutTheEducationComesBackWithTheMessageAndAGoodOneRedirects() {
		var pages = PageClient.at(port);
		pages.login(caseworker);
		var page = pages.get("/unge/paalaeg/" + order);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Trin 1: foreslå uddannelser");
		assertThat(page.body().split("name=\"education\"", -1)).as("one education field").hasSize(2);

		var missing = pages.post("/unge/paalaeg/" + order + "/trin",
				Map.of("completedOn", "2026-10-20", "deadline", "2026-12-20", "education", ""));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("Skal udfyldes").contains("id=\"advance-education\"");

		var htmx = pages.htmxPost("/unge/paalaeg/" + order + "/trin",
				Map.of("completedOn", "2026-10-20", "deadline", "2026-12-20", "education", "Murer"));
		assertThat(htmx.status()).isEqualTo(200);
		assertThat(htmx.body()).startsWith("<div id=\"order\"").contains("Trin 2: søge optagelse")
			.doesNotContain("<html");
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizen))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("youth-order-page"));
	}

	@Test
	void theWorklistIsInEnglishOnRequest() {
		var pages = PageClient.at(port);
		pages.login(caseworker);

		var page = pages.get("/unge?lang=en");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Young people and education orders").contains("Step 1: propose educations");
	}

	@Test
	void anAdministratorImportsPopulationFiguresAndABadLineIsNamed() {
		var municipality = Fresh.municipality();
		var admin = new TestOrganisation(administration).administrator(municipality);
		var pages = PageClient.at(port);
		pages.login(admin);
		assertThat(pages.get("/admin/regler/unge").body()).contains("orders.inforce.2027").contains("U – ikke verificeret");

		var bad = pages.post("/admin/regler/unge/befolkningstal", Map.of("lines", "kode;år;13-17;fritidsjob\n"
				+ municipality + ";2020;11500;3611\n0;2020;tre"));
		var good = pages.post("/admin/regler/unge/befolkningstal",
				Map.of("lines", municipality + ";2020;11500;3611\n0;2020;334000;107214"));

		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("Linje 3 kan ikke læses");
		assertThat(good.status()).isEqualTo(302);
	}

}
