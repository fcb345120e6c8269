package dk.jobvej.youth;

import java.time.Clock;
import java.time.LocalDate;
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
import dk.jobvej.youth.internal.YouthRules;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uddannelseshuset over real HTTP, in a municipality of its own so the leaders' figures count
 * only what the test made: education orders through the steps with deadlines, the distribution
 * over steps and the 52-week seniority, the guidance café's FVU referral, a club's attendance, and
 * leisure jobs with the share of 13–17-year-olds from imported population figures.
 */
@JobvejIntegrationTest
class YouthApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	AuditLog auditLog;

	@Autowired
	YouthRules rules;

	@Autowired
	Clock clock;

	private int municipality;

	private Staff caseworker;

	private Staff leader;

	private TestCitizens citizens;

	private LocalDate today;

	@BeforeEach
	void uddannelseshusetOfAMunicipalityOfItsOwn() {
		today = LocalDate.now(clock);
		municipality = Fresh.municipality();
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Uddannelseshuset", municipality);
		caseworker = organisation.hire(unit, Role.CASEWORKER);
		leader = organisation.hire(unit, Role.TEAM_LEADER);
		citizens = new TestCitizens(imports);
	}

	/** A 22-year-old on cash benefit since 1 Sep 2025 (earlier if the spell is longer), education-ready. */
	private CitizenId youngPerson(LocalDate since, VisitationCategory category) {
		var birth = LocalDate.of(2004, 5, 17);
		return citizens.in(caseworker)
			.contact(caseworker)
			.municipality(municipality)
			.cpr(dk.jobvej.citizen.Cpr.parse(new dk.jobvej.testing.CprGenerator(new java.util.Random()).valid(birth)))
			.benefit(KONTANTHJAELP, since, null)
			.category(category, since)
			.make();
	}

	private ApiClient api(Staff staff) {
		return ApiClient.at(port).as(staff);
	}

	private String issue(CitizenId citizen, String issuedOn, String deadline) {
		var issued = api(caseworker).post("/api/v1/youth/education-orders", Map.of("citizen", citizen.toString(),
				"issuedOn", issuedOn, "deadline", deadline, "noQualification", true));
		assertThat(issued.status()).as("%s", issued).isEqualTo(201);
		return issued.json().path("id").asString();
	}

	@Test
	void anOrderMovesThroughItsStepsWithTheCaseworkersDeadlines() {
		var citizen = youngPerson(LocalDate.of(2025, 9, 1), VisitationCategory.UDDANNELSESPARAT);
		var id = issue(citizen, "2026-10-01", "2026-10-29");
		var base = "/api/v1/youth/education-orders/" + id;

		var order = api(caseworker).get(base).json();
		assertThat(order.path("currentStep").asString()).isEqualTo("TRIN_1");
		assertThat(order.path("overdue").asBoolean())
			.isEqualTo(rules.inForce(LocalDate.of(2026, 10, 1), today) && today.isAfter(LocalDate.of(2026, 10, 29)));

		var withoutEducation = api(caseworker).post(base + "/step",
				Map.of("completedOn", "2026-10-20", "deadline", "2026-12-01"));
		var advanced = api(caseworker).post(base + "/step", Map.of("completedOn", "2026-10-20", "deadline",
				"2026-12-01", "education", "Social- og sundhedshjælper, SOSU Nord"));
		assertThat(withoutEducation.status()).isEqualTo(400);
		assertThat(withoutEducation.errorFields()).containsExactly("education");
		assertThat(advanced.status()).as("%s", advanced).isEqualTo(204);
		order = api(caseworker).get(base).json();
		assertThat(order.path("currentStep").asString()).isEqualTo("TRIN_2");
		assertThat(order.path("steps")).hasSize(2);
		assertThat(order.path("steps").get(0).path("completedOn").asString()).isEqualTo("2026-10-20");
		assertThat(order.path("deadline").asString()).isEqualTo("2026-12-01");

		var past = api(caseworker).post(base + "/deadline", Map.of("deadline", today.minusDays(1).toString()));
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.errorFields()).containsExactly("deadline");
		assertThat(api(caseworker).post(base + "/deadline", Map.of("deadline", today.plusWeeks(3).toString())).status())
			.isEqualTo(204);
		assertThat(api(caseworker).post(base + "/end", Map.of("on", today.toString(), "reason", "YDELSE_OPHOERT"))
			.status()).isEqualTo(204);
		var ended = api(caseworker).post(base + "/deadline", Map.of("deadline", today.plusWeeks(4).toString()));
		assertThat(ended.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Pålægget er afsluttet og kan ikke ændres");
		assertThat(new AuditTrail(auditLog).about("citizen/" + citizen))
			.anySatisfy(entry -> assertThat(entry.what()).isEqualTo("youth-order-api"));
	}

	@Test
	void onlyTheTargetGroupGetsAnOrderAndOnlyOneAtATime() {
		var jobReady = youngPerson(LocalDate.of(2025, 9, 1), VisitationCategory.JOBPARAT);
		var ready = youngPerson(LocalDate.of(2025, 9, 1), VisitationCategory.UDDANNELSESPARAT);

		var notEligible = api(caseworker).post("/api/v1/youth/education-orders", Map.of("citizen", jobReady.toString(),
				"issuedOn", "2026-10-01", "deadline", "2026-10-29", "noQualification", true));
		var unconfirmed = api(caseworker).post("/api/v1/youth/education-orders",
				Map.of("citizen", ready.toString(), "issuedOn", "2026-10-01", "deadline", "2026-10-29"));
		var expected = api(caseworker).post("/api/v1/youth/education-orders", Map.of("citizen", ready.toString(),
				"issuedOn", "2027-01-04", "deadline", "2027-02-01", "noQualification", true));
		issue(ready, "2026-10-01", "2026-10-29");
		var second = api(caseworker).post("/api/v1/youth/education-orders", Map.of("citizen", ready.toString(),
				"issuedOn", "2026-10-02", "deadline", "2026-10-29", "noQualification", true));

		assertThat(notEligible.status()).isEqualTo(422);
		assertThat(notEligible.errorFields()).containsExactly("citizen");
		assertThat(notEligible.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Borgeren er ikke i målgruppen for uddannelsespålæg på dagen (ydelse, visitation og alder)");
		assertThat(unconfirmed.errorFields()).containsExactly("noQualification");
		assertThat(expected.status()).as("the order is expected to go on 1 January 2027").isEqualTo(422);
		assertThat(expected.errorFields()).containsExactly("issuedOn");
		assertThat(second.errorFields()).containsExactly("citizen");
	}

	@Test
	void leadersSeeTheDistributionOverStepsAndTheYoungPeopleWithFiftyTwoWeeksOfSeniority() {
		var since = LocalDate.of(2026, 7, 1);
		for (var i = 0; i < 3; i++) {
			issue(youngPerson(since, VisitationCategory.UDDANNELSESPARAT), "2026-10-01", "2026-10-29");
		}
		var advanced = issue(youngPerson(since, VisitationCategory.UDDANNELSESPARAT), "2026-10-01", "2026-10-29");
		api(caseworker).post("/api/v1/youth/education-orders/" + advanced + "/step",
				Map.of("completedOn", "2026-10-10", "deadline", "2026-12-31", "education", "Tømrer"));
		var longSpell = today.minusWeeks(60);
		youngPerson(longSpell, VisitationCategory.AABENLYST_UDDANNELSESPARAT);
		var shortSpell = today.minusWeeks(10);
		youngPerson(shortSpell, VisitationCategory.UDDANNELSESPARAT);

		var figures = api(leader).get("/api/v1/youth/figures");

		assertThat(figures.status()).as("%s", figures).isEqualTo(200);
		var json = figures.json();
		assertThat(json.path("municipality").path("total").asInt()).isEqualTo(4);
		assertThat(json.path("municipality").path("counts").path("TRIN_1").asInt()).isEqualTo(3);
		assertThat(json.path("municipality").path("counts").path("TRIN_2").asInt()).isEqualTo(1);
		assertThat(json.path("municipality").path("percentages").path("TRIN_1").asInt()).isEqualTo(75);
		var yearAgo = today.minusDays(363);
		var expected = 1 + (since.isAfter(yearAgo) ? 0 : 4);
		assertThat(json.path("withSeniority").asInt()).as("52 weeks on the benefit in the two groups").isEqualTo(expected);
		assertThat(json.path("seniorityTarget").asInt()).isEqualTo(100);
		assertThat(json.path("belowTarget").asBoolean()).isTrue();
		assertThat(json.path("eligibleWithoutOrder").asInt()).as("the long and the short spell without an order")
			.isEqualTo(rules.newOrdersAllowed(today) ? 2 : 0);
		assertThat(api(caseworker).get("/api/v1/youth/figures").status()).isEqualTo(403);
	}

	@Test
	void theGuidanceCafeRefersToTheFvuTestWithinAMonth() {
		var citizen = youngPerson(today.minusWeeks(2), VisitationCategory.UDDANNELSESPARAT);
		var met = api(caseworker).post("/api/v1/youth/intakes", Map.of("citizen", citizen.toString(), "metOn",
				today.minusDays(40).toString(), "referToFvu", true, "note", "Vil gerne være elektriker"));
		assertThat(met.status()).as("%s", met).isEqualTo(201);
		var intakeId = met.json().path("id").asString();

		var intake = api(caseworker).get("/api/v1/youth/intakes").json().get(0);
		assertThat(intake.path("id").asString()).isEqualTo(intakeId);
		assertThat(intake.path("fvuDeadline").asString()).isEqualTo(today.minusDays(40).plusMonths(1).toString());
		assertThat(intake.path("fvuOverdue").asBoolean()).isTrue();

		var early = api(caseworker).post("/api/v1/youth/intakes/" + intakeId + "/fvu-test",
				Map.of("testedOn", today.minusDays(41).toString(), "result", "FVU_LAESNING"));
		var tested = api(caseworker).post("/api/v1/youth/intakes/" + intakeId + "/fvu-test",
				Map.of("testedOn", today.toString(), "result", "FVU_LAESNING"));
		assertThat(early.errorFields()).containsExactly("testedOn");
		assertThat(tested.status()).isEqualTo(204);
		intake = api(caseworker).get("/api/v1/youth/intakes").json().get(0);
		assertThat(intake.path("fvuResult").asString()).isEqualTo("FVU_LAESNING");
		assertThat(intake.path("fvuOverdue").asBoolean()).isFalse();
	}

	@Test
	void aClubCountsEachMembersAttendance() {
		var anna = youngPerson(today.minusWeeks(8), VisitationCategory.UDDANNELSESPARAT);
		var outsider = youngPerson(today.minusWeeks(8), VisitationCategory.UDDANNELSESPARAT);
		var club = api(caseworker).post("/api/v1/youth/clubs", Map.of("name", "Lærlingeklubben", "kind", "LAERLINGE"))
			.json()
			.path("id")
			.asString();
		assertThat(api(caseworker).post("/api/v1/youth/clubs/" + club + "/members", Map.of("citizen", anna.toString()))
			.status()).isEqualTo(204);

		var present = api(caseworker).post("/api/v1/youth/clubs/" + club + "/sessions",
				Map.of("heldOn", today.toString(), "present", List.of(anna.toString())));
		var absent = api(caseworker).post("/api/v1/youth/clubs/" + club + "/sessions",
				Map.of("heldOn", today.toString(), "present", List.of()));
		var stranger = api(caseworker).post("/api/v1/youth/clubs/" + club + "/sessions",
				Map.of("heldOn", today.toString(), "present", List.of(outsider.toString())));

		assertThat(present.status()).isEqualTo(201);
		assertThat(absent.status()).isEqualTo(201);
		assertThat(stranger.status()).isEqualTo(422);
		assertThat(stranger.errorFields()).containsExactly("present");
		var member = api(caseworker).get("/api/v1/youth/clubs/" + club).json().path("members").get(0);
		assertThat(member.path("attended").asInt()).isEqualTo(1);
		assertThat(member.path("held").asInt()).isEqualTo(2);
		assertThat(member.path("percent").asInt()).isEqualTo(50);
	}

	@Test
	void theShareOfThirteenToSeventeenYearOldsWithALeisureJobComesFromTheImportedFigures() {
		var year = today.getYear();
		var imported = api(leader).post("/api/v1/youth/population-figures", Map.of("figures", List.of(
				Map.of("municipalityCode", municipality, "year", year, "population", 1000, "withLeisureJob", 314),
				Map.of("municipalityCode", 0, "year", year, "population", 100000, "withLeisureJob", 32100))));
		var foreign = api(leader).post("/api/v1/youth/population-figures", Map.of("figures", List.of(
				Map.of("municipalityCode", 851, "year", year, "population", 1000))));
		assertThat(imported.status()).as("%s", imported).isEqualTo(204);
		assertThat(foreign.status()).isEqualTo(422);
		assertThat(foreign.errorFields()).containsExactly("figures[0].municipalityCode");

		var tooOld = api(caseworker).post("/api/v1/youth/young-people",
				Map.of("givenName", "Emil", "familyName", "Berg", "birthDate", today.minusYears(19).toString()));
		var person = api(caseworker).post("/api/v1/youth/young-people",
				Map.of("givenName", "Emma", "familyName", "Lind", "birthDate", today.minusYears(15).toString()));
		var badCvr = api(caseworker).post("/api/v1/youth/leisure-jobs",
				Map.of("cvr", "12345678", "companyName", "Netto", "title", "Opfylder", "hoursPerWeek", 6));
		var job = api(caseworker).post("/api/v1/youth/leisure-jobs",
				Map.of("cvr", "13748136", "companyName", "Netto Vejgaard", "title", "Opfylder", "hoursPerWeek", 6));
		assertThat(tooOld.status()).isEqualTo(422);
		assertThat(tooOld.errorFields()).containsExactly("birthDate");
		assertThat(tooOld.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Den unge skal være mellem 13 og 17 år");
		assertThat(badCvr.errorFields()).containsExactly("cvr");
		var placed = api(caseworker).post("/api/v1/youth/leisure-jobs/" + job.json().path("id").asString() + "/placements",
				Map.of("youngPerson", person.json().path("id").asString(), "supporterKind", "UNGEGUIDE", "startedOn",
						today.toString()));
		assertThat(placed.status()).as("%s", placed).isEqualTo(201);

		var share = api(caseworker).get("/api/v1/youth/leisure-jobs/share?year=" + year).json();
		assertThat(share.path("share").asDouble()).isEqualTo(31.4);
		assertThat(share.path("nationalShare").asDouble()).isEqualTo(32.1);
		assertThat(share.path("placedByJobcenter").asInt()).isEqualTo(1);
		assertThat(share.path("placedShare").asDouble()).isEqualTo(0.1);
		assertThat(new AuditTrail(auditLog).about("young-person/" + person.json().path("id").asString()))
			.extracting(dk.jobvej.audit.AuditEntry::action)
			.contains(dk.jobvej.audit.AuditAction.CREATE, dk.jobvej.audit.AuditAction.CHANGE);
	}

}
