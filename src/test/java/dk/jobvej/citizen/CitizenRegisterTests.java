package dk.jobvej.citizen;

import java.time.LocalDate;
import java.util.ArrayList;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.SignedIn;
import dk.jobvej.testing.TestCitizens;
import dk.jobvej.testing.TestOrganisation;
import dk.jobvej.testing.TestOrganisation.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dk.jobvej.citizen.BenefitType.KONTANTHJAELP;
import static dk.jobvej.citizen.BenefitType.SYGEDAGPENGE;
import static dk.jobvej.citizen.VisitationCategory.AKTIVITETSPARAT;
import static dk.jobvej.citizen.VisitationCategory.JOBPARAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What other modules get from the citizen module: a citizen's history for a member of staff with
 * need to know (audited), caseloads, and every history of a municipality for computations.
 */
@JobvejIntegrationTest
class CitizenRegisterTests {

	@Autowired
	CitizenRegister register;

	@Autowired
	CitizenImport imports;

	@Autowired
	Administration administration;

	@Autowired
	AuditLog auditLog;

	private TestOrganisation organisation;

	private TestCitizens citizens;

	private Staff caseworker;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		organisation = new TestOrganisation(administration);
		citizens = new TestCitizens(imports);
		caseworker = organisation.hire(organisation.unit("Job- og Aktivhuset"), Role.CASEWORKER);
	}

	@Test
	void aCitizensHistoryComesWithPeriodsDecisionsAndTheTargetGroupOfToday() {
		var citizen = citizens.in(caseworker)
			.contact(caseworker)
			.benefit(SYGEDAGPENGE, today.minusYears(2), today.minusYears(1).minusDays(1))
			.benefit(KONTANTHJAELP, today.minusYears(1), null)
			.category(JOBPARAT, today.minusYears(1))
			.category(AKTIVITETSPARAT, today.minusMonths(2));
		var id = citizen.make();

		var facts = SignedIn.as(caseworker, () -> register.open(id, "test"));

		var history = facts.history();
		assertThat(facts.name()).isEqualTo("Test " + citizen.familyName());
		assertThat(facts.maskedCpr()).endsWith("-xxxx").startsWith(citizen.cpr().value().substring(0, 6));
		assertThat(history.benefits()).extracting(CitizenHistory.Benefit::type).containsExactly(SYGEDAGPENGE, KONTANTHJAELP);
		assertThat(history.benefitOn(today)).map(CitizenHistory.Benefit::type).contains(KONTANTHJAELP);
		assertThat(history.benefitOn(today.minusYears(1).minusDays(1))).map(CitizenHistory.Benefit::type)
			.contains(SYGEDAGPENGE);
		assertThat(history.categoryOn(today.minusMonths(3))).contains(JOBPARAT);
		assertThat(history.categoryOn(today)).contains(AKTIVITETSPARAT);
		assertThat(history.targetGroup()).isEqualTo(TargetGroup.LAB_6_3);
		assertThat(history.primaryContact()).isEqualTo(caseworker.id());
		assertThat(history.birthDate()).isEqualTo(citizen.cpr().birthDate());
	}

	@Test
	void openingIsAuditedAndAnotherUnitNeedsAStatedReason() {
		var id = citizens.in(caseworker).benefit(KONTANTHJAELP, today.minusMonths(1), null).make();
		var stranger = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);

		SignedIn.as(caseworker, () -> register.open(id, "contact-course"));
		assertThatThrownBy(() -> SignedIn.as(stranger, () -> register.open(id, "contact-course")))
			.isInstanceOf(NoAccess.class);

		assertThat(new AuditTrail(auditLog).about("citizen/" + id))
			.extracting(entry -> entry.actor() + " " + entry.action() + " " + entry.what())
			.contains(caseworker.username() + " READ contact-course", stranger.username() + " ACCESS_DENIED citizen");
	}

	@Test
	void aListIsOpenedInOneGoInTheOrderAskedLeavingOutWhoNeedsAReason() {
		var second = citizens.in(caseworker).benefit(KONTANTHJAELP, today.minusMonths(3), null).make();
		var first = citizens.in(caseworker).benefit(KONTANTHJAELP, today.minusMonths(2), null).make();
		var elsewhere = organisation.hire(organisation.unit("Jobhuset"), Role.CASEWORKER);
		var other = citizens.in(elsewhere).benefit(KONTANTHJAELP, today.minusMonths(1), null).make();
		var missing = new CitizenId(java.util.UUID.randomUUID());

		var opened = SignedIn.as(caseworker,
				() -> register.openAll(java.util.List.of(first, other, missing, second, first), "test-list"));

		assertThat(opened).extracting(CitizenFacts::id).containsExactly(first, second);
		var trail = new AuditTrail(auditLog);
		assertThat(trail.about("citizen/" + first)).singleElement().satisfies(entry -> {
			assertThat(entry.what()).isEqualTo("test-list");
			assertThat(entry.why()).isEqualTo("access:own-unit");
		});
		assertThat(trail.about("citizen/" + other)).as("nothing shown, nothing audited").isEmpty();
	}

	@Test
	void oneHistoryIsReadForComputationsWithoutAMemberOfStaffAndWithoutAudit() {
		var id = citizens.in(caseworker).contact(caseworker).benefit(SYGEDAGPENGE, today.minusMonths(4), null).make();

		var history = register.history(id);

		assertThat(history).map(CitizenHistory::primaryContact).contains(caseworker.id());
		assertThat(history.orElseThrow().benefitOn(today)).map(CitizenHistory.Benefit::type).contains(SYGEDAGPENGE);
		assertThat(register.history(new CitizenId(java.util.UUID.randomUUID()))).isEmpty();
		assertThat(new AuditTrail(auditLog).about("citizen/" + id)).isEmpty();
	}

	@Test
	void theCaseloadIsTheCitizensWhoseContactTheCallerIsAndEachIsAudited() {
		var mine = citizens.in(caseworker).contact(caseworker).make();
		var colleague = organisation.hire(caseworker.unit(), Role.CASEWORKER);
		var theirs = citizens.in(caseworker).contact(colleague).make();

		var caseload = SignedIn.as(caseworker, () -> register.caseload("worklist"));

		assertThat(caseload).extracting(CitizenFacts::id).contains(mine).doesNotContain(theirs);
		assertThat(new AuditTrail(auditLog).about("citizen/" + mine)).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo(caseworker.username());
			assertThat(entry.what()).isEqualTo("worklist");
		});
	}

	@Test
	void aTeamLeaderSeesTheUnitsCaseloadAndACaseworkerMayNot() {
		var leader = organisation.hire(caseworker.unit(), Role.TEAM_LEADER);
		var citizen = citizens.in(caseworker).contact(caseworker).make();

		assertThat(SignedIn.as(leader, () -> register.unitCaseload("worklist"))).extracting(CitizenFacts::id)
			.contains(citizen);
		assertThatThrownBy(() -> SignedIn.as(caseworker, () -> register.unitCaseload("worklist")))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void everyHistoryOfAMunicipalityStreamsWithoutNames() {
		var municipality = Fresh.municipality();
		var staff = organisation.hire(organisation.unit(municipality), Role.CASEWORKER);
		var made = new ArrayList<CitizenId>();
		for (var i = 0; i < 25; i++) {
			made.add(citizens.in(staff).municipality(municipality).benefit(KONTANTHJAELP, today.minusDays(i), null).make());
		}
		var seen = new ArrayList<CitizenHistory>();

		register.forEachHistory(municipality, seen::add);

		assertThat(seen).extracting(CitizenHistory::id).containsExactlyInAnyOrderElementsOf(made);
		assertThat(seen).allSatisfy(history -> assertThat(history.benefits()).hasSize(1));
	}

	@Test
	void aCitizenIsFoundForSelfServiceByTheirCprNumber() {
		var citizen = citizens.in(caseworker);
		var id = citizen.make();

		assertThat(register.forSelfService(citizen.cpr())).map(CitizenFacts::id).contains(id);
		assertThat(register.ownFacts(id).name()).isEqualTo("Test " + citizen.familyName());
	}

}
