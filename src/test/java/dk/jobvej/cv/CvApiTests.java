package dk.jobvej.cv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditAction;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.CitizenImport;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.ApiClient;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CV API over real HTTP: a caseworker builds a citizen's CV part by part and watches the
 * completeness grow; bad input is refused with a problem naming the field; a colleague from
 * another unit needs a stated reason; every read is audited.
 */
@JobvejIntegrationTest
class CvApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Administration administration;

	@Autowired
	CitizenImport imports;

	@Autowired
	AuditLog auditLog;

	private Staff caseworker;

	private Staff stranger;

	private CitizenId citizen;

	private ApiClient api;

	private String cv;

	@BeforeEach
	void aCitizenOnCashBenefit() {
		var organisation = new TestOrganisation(administration);
		caseworker = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
		stranger = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);
		citizen = new TestCitizens(imports).in(caseworker)
			.contact(caseworker)
			.benefit(KONTANTHJAELP, LocalDate.now().minusMonths(4), null)
			.make();
		api = ApiClient.at(port).as(caseworker);
		cv = "/api/v1/citizens/" + citizen + "/cv";
	}

	@Test
	void aCaseworkerBuildsAUsableCvPartByPart() {
		var empty = api.get(cv);
		assertThat(empty.status()).as("%s", empty).isEqualTo(200);
		assertThat(empty.json().path("completeness").asInt()).isZero();
		assertThat(empty.json().path("usable").asBoolean()).isFalse();

		assertThat(api.post(cv + "/job-goals", Map.of("occupation", "5223", "note", "Gerne i dagligvarer")).status())
			.isEqualTo(201);
		assertThat(api.post(cv + "/educations", Map.of("level", "ERHVERVSUDDANNELSE", "title", "Detailhandelsuddannelsen",
				"fromYear", 2010, "toYear", 2012, "completed", true)).status()).isEqualTo(201);
		assertThat(api.post(cv + "/skills", Map.of("name", "Kundeservice")).status()).isEqualTo(201);
		assertThat(api.post(cv + "/languages", Map.of("code", "da", "level", "MODERSMAAL")).status()).isEqualTo(201);
		assertThat(api.put(cv + "/wishes", Map.of("hoursPerWeek", 25, "maxCommuteKm", 20, "branches", List.of("04")))
			.status()).isEqualTo(204);
		var experience = api.post(cv + "/experiences", Map.of("title", "Kassemedarbejder", "occupation", "5230",
				"employer", "Føtex", "from", "2015-03", "to", "2019-08"));
		assertThat(experience.status()).as("%s", experience).isEqualTo(201);

		var full = api.get(cv).json();
		assertThat(full.path("usable").asBoolean()).isTrue();
		assertThat(full.path("completeness").asInt()).isEqualTo(75);
		assertThat(full.path("jobGoals").get(0).path("title").asString()).isEqualTo("Butiksassistent");
		assertThat(full.path("experiences").get(0).path("occupation").asString()).isEqualTo("Kassemedarbejder");
		assertThat(full.path("missing").toString()).contains("DRIVING_LICENCE", "PROFILE");
		assertThat(full.path("branches").get(0).path("name").asString()).isEqualTo("Handel og transport mv.");
	}

	@Test
	void badInputIsRefusedWithAProblemNamingTheField() {
		var noTitle = api.post(cv + "/educations", Map.of("level", "GYMNASIAL"));
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.errorFields()).containsExactly("title");

		var endsBeforeStart = api.post(cv + "/educations",
				Map.of("level", "GYMNASIAL", "title", "Stx", "fromYear", 2012, "toYear", 2009));
		assertThat(endsBeforeStart.status()).isEqualTo(422);
		assertThat(endsBeforeStart.errorFields()).containsExactly("toYear");
		assertThat(endsBeforeStart.json().path("errors").get(0).path("message").asString())
			.isEqualTo("Slutåret må ikke ligge før startåret");

		var future = api.post(cv + "/experiences",
				Map.of("title", "Lagerarbejder", "from", YearMonth.now().plusMonths(2).toString()));
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.errorFields()).containsExactly("from");

		var notAMonth = api.post(cv + "/experiences", Map.of("title", "Lagerarbejder", "from", "marts"));
		assertThat(notAMonth.status()).isEqualTo(400);

		var unknownOccupation = api.post(cv + "/job-goals", Map.of("occupation", "0000"));
		assertThat(unknownOccupation.status()).isEqualTo(422);
		assertThat(unknownOccupation.errorFields()).containsExactly("occupation");

		var tooManyHours = api.put(cv + "/wishes", Map.of("hoursPerWeek", 60, "maxCommuteKm", 10));
		assertThat(tooManyHours.status()).isEqualTo(400);
		assertThat(tooManyHours.errorFields()).containsExactly("hoursPerWeek");

		var unknownLanguage = api.post(cv + "/languages", Map.of("code", "xx", "level", "GODT"));
		assertThat(unknownLanguage.status()).isEqualTo(422);
		assertThat(unknownLanguage.errorFields()).containsExactly("code");

		var notJson = api.post(cv + "/skills", "{");
		assertThat(notJson.status()).isEqualTo(400);

		assertThat(api.post(cv + "/skills", Map.of("name", "Truckcertifikat")).status()).isEqualTo(201);
		var again = api.post(cv + "/skills", Map.of("name", "truckcertifikat"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.errorFields()).containsExactly("name");
	}

	@Test
	void aChangeOnAnOldVersionIsAConflict() {
		assertThat(api.post(cv + "/skills", Map.of("name", "Svejsning")).status()).isEqualTo(201);
		var version = api.get(cv).json().path("version").asInt();
		assertThat(api.post(cv + "/skills", Map.of("name", "Rengøring", "version", version)).status()).isEqualTo(201);

		var stale = api.post(cv + "/skills", Map.of("name", "Kundeservice", "version", version));

		assertThat(stale.status()).isEqualTo(409);
	}

	@Test
	void aColleagueFromAnotherUnitMustStateAReasonAndEveryReadIsAudited() {
		var refused = ApiClient.at(port).as(stranger).get(cv);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().path("access").asString()).endsWith("/api/v1/citizens/" + citizen + "/access");

		api.get(cv);

		var trail = new AuditTrail(auditLog).about("citizen/" + citizen);
		assertThat(trail).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo(caseworker.username());
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.what()).isEqualTo("cv-api");
		});
		assertThat(trail).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo(stranger.username());
			assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DENIED);
		});
	}

	@Test
	void removingAnEntryTakesItOffAndRemovingItAgainChangesNothing() {
		var skill = api.post(cv + "/skills", Map.of("name", "Truckcertifikat")).json().path("id").asString();

		assertThat(api.send("DELETE", cv + "/skills/" + skill, null).status()).isEqualTo(204);
		assertThat(api.send("DELETE", cv + "/skills/" + skill, null).status()).isEqualTo(204);
		assertThat(api.get(cv).json().path("skills")).isEmpty();
	}

}
