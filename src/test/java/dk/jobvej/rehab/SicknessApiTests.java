package dk.jobvej.rehab;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sygedagpengehuset's follow-up over real HTTP: a sick-listed employee with the employer, the
 * next conversation by the rules that govern the case today, round tables, partial return and
 * the step-up plan, the reassessment point from the benefit periods and an extension within the
 * ground's maximum, and the retention per company.
 */
@JobvejIntegrationTest
class SicknessApiTests {

	private static final java.util.Random RANDOM = new java.util.Random();

	/** A CVR number of its own for each test: seven random digits and the modulus 11 check digit. */
	static String cvr() {
		int[] weights = { 2, 7, 6, 5, 4, 3, 2 };
		while (true) {
			var digits = new StringBuilder();
			var sum = 0;
			for (var i = 0; i < 7; i++) {
				var digit = (i == 0 ? 1 : 0) + RANDOM.nextInt(i == 0 ? 9 : 10);
				digits.append(digit);
				sum += digit * weights[i];
			}
			var check = (11 - sum % 11) % 11;
			if (check < 10) {
				return digits.append(check).toString();
			}
		}
	}

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

	private LocalDate today;

	private LocalDate paidFrom;

	private String company;

	private String cvr;

	@BeforeEach
	void aSickListedCitizenOfSygedagpengehuset() {
		today = LocalDate.now(clock);
		paidFrom = today.minusDays(200);
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Sygedagpengehuset"), Role.CASEWORKER);
		citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(SYGEDAGPENGE, paidFrom, null)
			.category(VisitationCategory.SYGEDAGPENGE_KATEGORI_2, paidFrom.plusDays(20))
			.make();
		company = Fresh.name("Byggeriet ");
		cvr = cvr();
	}

	private ApiClient api() {
		return ApiClient.at(port).as(caseworker);
	}

	private String register(LocalDate firstDay, int expectedWeeks) {
		var created = api().post("/api/v1/sickness/cases", Map.of("citizen", citizen.toString(), "firstAbsenceDay",
				firstDay.toString(), "employed", true, "cvr", cvr, "companyName", company, "expectedWeeks", expectedWeeks));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	@Test
	void theCaseShowsTheCategoryTheReassessmentPointAndTheNextConversation() {
		var id = register(paidFrom.minusDays(30), 40);

		var view = api().get("/api/v1/sickness/cases/" + id).json();

		assertThat(view.path("category").asString()).isEqualTo("SYGEDAGPENGE_KATEGORI_2");
		assertThat(view.path("company").path("cvr").asString()).isEqualTo(cvr);
		assertThat(view.path("reassessment").asString())
			.isEqualTo(paidFrom.plusDays(154).with(TemporalAdjusters.lastDayOfMonth()).toString());
		assertThat(view.path("reassessmentDue").asBoolean()).isTrue();
		assertThat(view.path("plan").path("exempt").asBoolean()).isFalse();
		assertThat(view.path("plan").path("nextDue").asString())
			.as("no conversation yet: the end of week 8 from the first day of absence")
			.isEqualTo(paidFrom.minusDays(30).plusDays(55).toString());
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizen))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("sickness-case-api"));

		var extended = api().post("/api/v1/sickness/cases/" + id + "/extension",
				Map.of("ground", "ARBEJDSEVNE_AFKLARES", "until", today.plusWeeks(20).toString()));
		assertThat(extended.status()).as("%s", extended).isEqualTo(204);
		assertThat(api().get("/api/v1/sickness/cases/" + id).json().path("reassessmentDue").asBoolean()).isFalse();
	}

	@Test
	void anExtensionBeyondTheGroundsMaximumIsRefusedNamingTheWeeks() {
		var id = register(paidFrom.minusDays(30), 40);

		var tooLong = api().post("/api/v1/sickness/cases/" + id + "/extension",
				Map.of("ground", "ARBEJDSEVNE_AFKLARES", "until", today.plusWeeks(70).toString()));

		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.errorFields()).containsExactly("until");
		assertThat(tooLong.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Forlængelse på dette grundlag kan højst gives for 69 uger");
	}

	@Test
	void roundTablesPartialReturnAndTheStepUpPlanShowPerCompany() {
		var id = register(today.minusWeeks(6), 40);
		var base = "/api/v1/sickness/cases/" + id;

		assertThat(api().post(base + "/conversations", Map.of("kind", "RUNDBORD", "heldOn", today.minusDays(3).toString(),
				"note", "Arbejdsgiver kan tilbyde lettere opgaver")).status()).isEqualTo(204);
		assertThat(api().post(base + "/partial-return", Map.of("from", today.minusDays(1).toString(), "hoursPerWeek", 15))
			.status()).isEqualTo(204);
		var falling = api().put(base + "/step-up-plan", Map.of("steps", List.of(
				Map.of("from", today.plusWeeks(1).toString(), "hoursPerWeek", 20),
				Map.of("from", today.plusWeeks(3).toString(), "hoursPerWeek", 18))));
		var rising = api().put(base + "/step-up-plan", Map.of("steps", List.of(
				Map.of("from", today.plusWeeks(1).toString(), "hoursPerWeek", 20),
				Map.of("from", today.plusWeeks(3).toString(), "hoursPerWeek", 30),
				Map.of("from", today.plusWeeks(6).toString(), "hoursPerWeek", 37))));

		assertThat(falling.status()).isEqualTo(422);
		assertThat(falling.errorFields()).containsExactly("steps[1].hoursPerWeek");
		assertThat(rising.status()).as("%s", rising).isEqualTo(204);
		var view = api().get(base).json();
		assertThat(view.path("hoursNow").asInt()).isEqualTo(15);
		assertThat(view.path("stepUpPlan")).hasSize(3);
		assertThat(view.path("plan").path("heldInHalfYear").asInt())
			.as("the round table counts as a conversation in the first half year")
			.isEqualTo(1);
		assertThat(view.path("plan").path("required").asInt()).as("since the 2026 reform one is required").isEqualTo(1);
		assertThat(view.path("plan").has("nextDue")).as("nothing more is due").isFalse();

		var companies = api().get("/api/v1/sickness/companies").json();
		var row = java.util.stream.StreamSupport.stream(companies.spliterator(), false)
			.filter(node -> node.path("cvr").asString().equals(cvr))
			.findFirst()
			.orElseThrow();
		assertThat(row.path("open").asInt()).isEqualTo(1);
		assertThat(row.path("partlyBack").asInt()).isEqualTo(1);
		assertThat(row.path("withStepUpPlan").asInt()).isEqualTo(1);
		assertThat(row.path("roundTables").asInt()).isEqualTo(1);

		assertThat(api().post(base + "/close", Map.of("on", today.toString(), "reason", "RASKMELDT")).status())
			.isEqualTo(204);
		var closed = api().post(base + "/conversations", Map.of("kind", "OPFOELGNING", "heldOn", today.toString()));
		assertThat(closed.status()).isEqualTo(422);
		assertThat(closed.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Sagen er afsluttet og kan ikke ændres");
	}

	@Test
	void anEmployeeExpectedBackSoonNeedsNoConversationsByTodaysRules() {
		var id = register(today.minusWeeks(2), 6);

		var plan = api().get("/api/v1/sickness/cases/" + id).json().path("plan");

		assertThat(plan.path("exempt").asBoolean()).isTrue();
		assertThat(plan.path("nextDue").isMissingNode() || plan.path("nextDue").isNull()).isTrue();
	}

	@Test
	void badInputNamesTheField() {
		var badCvr = api().post("/api/v1/sickness/cases", Map.of("citizen", citizen.toString(), "firstAbsenceDay",
				today.toString(), "employed", true, "cvr", "12345678", "companyName", "Firma"));
		var noEmployer = api().post("/api/v1/sickness/cases",
				Map.of("citizen", citizen.toString(), "firstAbsenceDay", today.toString(), "employed", true));
		var future = api().post("/api/v1/sickness/cases", Map.of("citizen", citizen.toString(), "firstAbsenceDay",
				today.plusDays(3).toString(), "employed", false));
		var weeks = api().post("/api/v1/sickness/cases", Map.of("citizen", citizen.toString(), "firstAbsenceDay",
				today.toString(), "employed", false, "expectedWeeks", 0));

		assertThat(badCvr.status()).isEqualTo(422);
		assertThat(badCvr.errorFields()).containsExactly("cvr");
		assertThat(badCvr.json().path("errors").get(0).path("message").asString())
			.isEqualTo("CVR-nummeret skal være 8 cifre og bestå modulus 11-kontrollen");
		assertThat(noEmployer.errorFields()).containsExactly("cvr");
		assertThat(future.errorFields()).containsExactly("firstAbsenceDay");
		assertThat(weeks.status()).isEqualTo(400);
		assertThat(weeks.errorFields()).containsExactly("expectedWeeks");
	}

}
