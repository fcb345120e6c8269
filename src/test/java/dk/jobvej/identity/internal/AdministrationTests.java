package dk.jobvej.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffAccount;
import dk.jobvej.identity.StaffChange;
import dk.jobvej.identity.StaffChanged;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitChange;
import dk.jobvej.identity.UnitId;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.testing.AuditTrail;
import dk.jobvej.testing.Fresh;
import dk.jobvej.testing.TestOrganisation;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administration of units and staff through the module's API: rules, optimistic locking, the
 * audit trail and the {@link StaffChanged} event.
 */
@JobvejIntegrationTest
@RecordApplicationEvents
class AdministrationTests {

	@Autowired
	Administration administration;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffMembers staff;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ApplicationEvents events;

	private final int municipality = Fresh.municipality();

	private TestOrganisation fixtures() {
		return new TestOrganisation(administration);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void createsUnitsUnderEachOtherAndAuditsThem() {
		var department = administration.createUnit("Job- og Uddannelsesafdelingen", null, municipality);
		var house = administration.createUnit("  Jobhuset ", department, municipality);

		var unit = organisation.unit(house).orElseThrow();
		assertThat(unit.name()).isEqualTo("Jobhuset");
		assertThat(unit.parent()).isEqualTo(department);
		assertThat(audit("unit/" + house)).containsExactly("system CREATE unit " + municipality);
	}

	@Test
	void keepsUnitNamesUniquePerMunicipalityIgnoringCase() {
		administration.createUnit("Uddannelseshuset", null, municipality);

		assertThatThrownBy(() -> administration.createUnit("uddannelseshuset", null, municipality))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.field()).isEqualTo("name");
				assertThat(violation.messageKey()).isEqualTo("identity.unit.nameTaken");
			});
		assertThat(administration.createUnit("Uddannelseshuset", null, municipality + 1)).isNotNull();
	}

	@Test
	void renamesAndMovesAUnitButNeverUnderItself() {
		var top = administration.createUnit(Fresh.name("Top "), null, municipality);
		var house = administration.createUnit(Fresh.name("Hus "), top, municipality);
		var team = administration.createUnit(Fresh.name("Team "), house, municipality);

		assertThatThrownBy(() -> administration.changeUnit(house, new UnitChange("Hus", team, 0)))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("parent"));
		assertThatThrownBy(() -> administration.changeUnit(house, new UnitChange("Hus", house, 0)))
			.isInstanceOf(RuleViolation.class);

		administration.changeUnit(team, new UnitChange("Det nye team", top, 0));

		var moved = administration.versionedUnit(team).orElseThrow();
		assertThat(moved.unit().name()).isEqualTo("Det nye team");
		assertThat(moved.unit().parent()).isEqualTo(top);
		assertThat(moved.version()).isEqualTo(1);
		assertThat(audit("unit/" + team)).containsExactly("system CREATE unit " + municipality,
				"system CHANGE unit:name,parent " + municipality);
	}

	@Test
	void refusesAUnitChangeMadeFromAnOldVersion() {
		var unit = administration.createUnit(Fresh.name("Hus "), null, municipality);
		administration.changeUnit(unit, new UnitChange("Første navn", null, 0));

		assertThatThrownBy(() -> administration.changeUnit(unit, new UnitChange("Andet navn", null, 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(organisation.unit(unit).orElseThrow().name()).isEqualTo("Første navn");
	}

	@Test
	void refusesAParentInAnotherMunicipality() {
		var foreign = administration.createUnit(Fresh.name("Fremmed "), null, municipality + 1);

		assertThatThrownBy(() -> administration.createUnit(Fresh.name("Hus "), foreign, municipality))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("parent"));
	}

	@Test
	void hiresWithABcryptHashAuditsAndAnnounces() {
		var unit = fixtures().unit(municipality);
		var id = administration.hire(new NewStaffMember(Fresh.name("m.hansen."), "Mette Hansen", "mh@aalborg.dk", unit,
				Set.of(Role.CASEWORKER), "en lang adgangskode"));

		var stored = staff.findById(id.value()).orElseThrow();
		assertThat(stored.passwordHash()).startsWith("{bcrypt}$2");
		assertThat(passwords.matches("en lang adgangskode", stored.passwordHash())).isTrue();
		assertThat(audit("staff/" + id)).containsExactly("system CREATE staff " + municipality);
		assertThat(events.stream(StaffChanged.class)).contains(new StaffChanged(id, municipality, true));
	}

	@Test
	void refusesAnUnknownUnitMissingRolesAndATakenUsername() {
		var unit = fixtures().unit(municipality);
		var username = Fresh.name("k.jensen.");
		administration.hire(member(username, unit, Set.of(Role.MENTOR)));

		assertField(() -> administration
			.hire(member(Fresh.name("x."), new UnitId(UUID.randomUUID()), Set.of(Role.MENTOR))), "unit");
		assertField(() -> administration.hire(member(Fresh.name("y."), unit, Set.of())), "roles");
		assertField(() -> administration.hire(member(username, unit, Set.of(Role.MENTOR))), "username");
		assertField(() -> administration.hire(member("Store Bogstaver", unit, Set.of(Role.MENTOR))), "username");
	}

	@Test
	void changesDetailsFromTheCurrentVersionOnly() {
		var person = fixtures().hire(fixtures().unit(municipality), Role.CASEWORKER);
		var otherUnit = fixtures().unit(municipality);

		administration.change(person.id(),
				new StaffChange("Nyt Navn", null, otherUnit, Set.of(Role.CASEWORKER, Role.TEAM_LEADER), 0));

		var account = administration.account(person.id()).orElseThrow();
		assertThat(account.member().name()).isEqualTo("Nyt Navn");
		assertThat(account.email()).isNull();
		assertThat(account.member().unit()).isEqualTo(otherUnit);
		assertThat(account.member().roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.TEAM_LEADER);
		assertThat(account.version()).isEqualTo(1);
		assertThat(audit("staff/" + person.id())).last()
			.isEqualTo("system CHANGE staff:name,email,unit,roles " + municipality);
		assertThatThrownBy(() -> administration.change(person.id(),
				new StaffChange("Gammelt Navn", null, otherUnit, Set.of(Role.CASEWORKER), 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(administration.account(person.id()).orElseThrow().member().name()).isEqualTo("Nyt Navn");
	}

	@Test
	void deactivatedStaffAreNoLongerPartOfTheOrganisationUntilReactivated() {
		var person = fixtures().hire(fixtures().unit(municipality), Role.MENTOR);

		administration.deactivate(person.id());

		assertThat(organisation.staffMember(person.username())).isEmpty();
		assertThat(organisation.staffOf(person.unit())).isEmpty();
		assertThat(events.stream(StaffChanged.class)).contains(new StaffChanged(person.id(), municipality, false));

		administration.activate(person.id());

		assertThat(organisation.staffMember(person.username())).isPresent();
		assertThat(audit("staff/" + person.id())).containsExactly("system CREATE staff " + municipality,
				"system CHANGE staff:deactivated " + municipality, "system CHANGE staff:activated " + municipality);
	}

	@Test
	void resetsPasswordsOfAtLeastTwelveCharactersThatBcryptCanHashInFull() {
		var person = fixtures().hire(fixtures().unit(municipality), Role.MENTOR);

		assertField(() -> administration.resetPassword(person.id(), "kort"), "password");
		assertField(() -> administration.resetPassword(person.id(), "æøå".repeat(13)), "password");
		administration.resetPassword(person.id(), "tolv tegn ok");

		var hash = staff.findById(person.id().value()).orElseThrow().passwordHash();
		assertThat(passwords.matches("tolv tegn ok", hash)).isTrue();
		assertThat(audit("staff/" + person.id())).last().isEqualTo("system CHANGE staff:password " + municipality);
	}

	@Test
	void anAdministratorReachesOnlyTheirOwnMunicipalityAndIsTheActorInTheAuditTrail() {
		var admin = fixtures().administrator(municipality);
		var foreigner = fixtures().hire(fixtures().unit(municipality + 1), Role.MENTOR);
		var colleague = fixtures().hire(fixtures().unit(municipality), Role.MENTOR);
		signIn(admin);

		assertThatThrownBy(() -> administration.deactivate(foreigner.id())).isInstanceOf(NotFound.class);
		assertThat(administration.account(foreigner.id())).isEmpty();
		assertThat(administration.accounts(municipality + 1, null, null)).isEmpty();
		assertField(() -> administration.hire(member(Fresh.name("z."), foreigner.unit(), Set.of(Role.MENTOR))), "unit");

		administration.deactivate(colleague.id());

		assertThat(audit("staff/" + colleague.id())).last()
			.isEqualTo(admin.username() + " CHANGE staff:deactivated " + municipality);
	}

	@Test
	void anAdministratorCannotLockThemselvesOut() {
		var admin = fixtures().administrator(municipality);
		signIn(admin);

		assertField(() -> administration.deactivate(admin.id()), "active");
		assertField(() -> administration.change(admin.id(),
				new StaffChange("Admin", null, admin.unit(), Set.of(Role.CASEWORKER), 0)), "roles");
		assertThat(administration.account(admin.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void listsStaffByUnitAndRole() {
		var unit = fixtures().unit(municipality);
		var otherUnit = fixtures().unit(municipality);
		var caseworker = fixtures().hire(unit, Role.CASEWORKER);
		var leader = fixtures().hire(unit, Role.TEAM_LEADER, Role.CASEWORKER);
		var mentor = fixtures().hire(otherUnit, Role.MENTOR);

		assertThat(ids(administration.accounts(municipality, unit, null))).containsExactlyInAnyOrder(caseworker.id(),
				leader.id());
		assertThat(ids(administration.accounts(municipality, null, Role.CASEWORKER)))
			.containsExactlyInAnyOrder(caseworker.id(), leader.id());
		assertThat(ids(administration.accounts(municipality, null, Role.MENTOR))).containsExactly(mentor.id());
		assertThat(ids(administration.accounts(municipality, otherUnit, Role.CASEWORKER))).isEmpty();
	}

	private void signIn(TestOrganisation.Staff person) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.username(), null,
					List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))));
	}

	private List<String> audit(String subject) {
		return new AuditTrail(auditLog).about(subject)
			.stream()
			.map(entry -> entry.actor() + " " + entry.action() + " " + entry.what() + " " + entry.municipalityCode())
			.toList();
	}

	private static List<StaffId> ids(List<StaffAccount> accounts) {
		return accounts.stream().map(StaffAccount::id).toList();
	}

	private static NewStaffMember member(String username, UnitId unit, Set<Role> roles) {
		return new NewStaffMember(username, "Test Testesen", null, unit, roles, "en lang adgangskode");
	}

	private static void assertField(ThrowingCallable call, String field) {
		assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.field()).isEqualTo(field));
	}

}
