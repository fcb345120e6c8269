package dk.jobvej.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;
import dk.jobvej.testing.Fresh;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The staff table as the repository reads and writes it, against the embedded PostgreSQL. */
@JobvejIntegrationTest
class StaffMembersTests {

	@Autowired
	StaffMembers staff;

	@Autowired
	Units units;

	@Autowired
	StaffDirectory directory;

	private final int municipality = Fresh.municipality();

	private UnitId unit;

	@BeforeEach
	void unit() {
		unit = new UnitId(UUID.randomUUID());
		units.save(Unit.create(unit, Fresh.name("Enhed "), null, municipality));
	}

	@Test
	void storesAMemberOfStaffWithTheirRolesAndReadsThemBackByUsername() {
		var member = hire(Set.of(Role.CASEWORKER, Role.MENTOR));

		var found = staff.findByUsername(member.username()).orElseThrow();

		assertThat(found.roleSet()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.MENTOR);
		assertThat(found.view().unit()).isEqualTo(unit);
		assertThat(found.view().municipalityCode()).isEqualTo(municipality);
		assertThat(found.active()).isTrue();
		assertThat(found.account().version()).isZero();
	}

	@Test
	void replacesTheRolesAndCountsTheVersionOnEveryChange() {
		var member = hire(Set.of(Role.CASEWORKER));
		member.assign("Nyt Navn", null, unit, municipality, Set.of(Role.TEAM_LEADER));
		staff.save(member);

		var found = staff.findById(member.getId()).orElseThrow();

		assertThat(found.roleSet()).containsExactly(Role.TEAM_LEADER);
		assertThat(found.name()).isEqualTo("Nyt Navn");
		assertThat(found.account().version()).isEqualTo(1);
	}

	@Test
	void refusesToSaveOverANewerVersion() {
		var member = hire(Set.of(Role.CASEWORKER));
		var first = staff.findById(member.getId()).orElseThrow();
		var second = staff.findById(member.getId()).orElseThrow();
		first.deactivate();
		staff.save(first);

		second.activate();

		assertThatThrownBy(() -> staff.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(staff.findById(member.getId()).orElseThrow().active()).isFalse();
	}

	@Test
	void keepsUsernamesUnique() {
		var member = hire(Set.of(Role.CASEWORKER));
		var twin = Staff.hire(new StaffId(UUID.randomUUID()), member.username(), "Tvilling", null, unit, municipality,
				Set.of(Role.MENTOR), null);

		assertThatThrownBy(() -> staff.save(twin)).isInstanceOf(DataAccessException.class);
	}

	@Test
	void findsTheStaffOfAUnitAndOfAMunicipalityByName() {
		var b = hire(Set.of(Role.CASEWORKER, Role.TEAM_LEADER), "B " + Fresh.name(""));
		var a = hire(Set.of(Role.CASEWORKER), "A " + Fresh.name(""));
		var gone = hire(Set.of(Role.MENTOR), "C " + Fresh.name(""));
		gone.deactivate();
		staff.save(gone);

		assertThat(directory.activeStaffOf(unit)).extracting(StaffMember::username)
			.containsExactly(a.username(), b.username());
		assertThat(directory.activeStaffOf(unit).get(1).roles()).containsExactlyInAnyOrder(Role.CASEWORKER,
				Role.TEAM_LEADER);
		assertThat(staff.findByMunicipalityCodeOrderByName(municipality)).extracting(Staff::username)
			.containsExactly(a.username(), b.username(), gone.username());
	}

	@Test
	void locksAfterTheLimitOfFailedLoginsInARowAndLeavesTheVersionAlone() {
		var member = hire(Set.of(Role.CASEWORKER));
		var until = Instant.now().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MILLIS);

		staff.countFailedLogin(member.username(), 3, until);
		staff.countFailedLogin(member.username(), 3, until);
		assertThat(staff.findById(member.getId()).orElseThrow().failedLogins()).isEqualTo(2);
		assertThat(staff.findById(member.getId()).orElseThrow().lockedAt(Instant.now())).isFalse();

		staff.countFailedLogin(member.username(), 3, until);

		var locked = staff.findById(member.getId()).orElseThrow();
		assertThat(locked.lockedAt(until.minusSeconds(1))).isTrue();
		assertThat(locked.lockedAt(until)).isFalse();
		assertThat(locked.failedLogins()).isZero();
		assertThat(locked.account().lockedUntil()).isEqualTo(until);
		assertThat(locked.account().version()).isZero();
	}

	@Test
	void forgetsFailedLoginsAfterASuccessfulOne() {
		var member = hire(Set.of(Role.CASEWORKER));
		staff.countFailedLogin(member.username(), 5, Instant.now());

		assertThat(staff.clearFailedLogins(member.username())).isEqualTo(1);
		assertThat(staff.clearFailedLogins(member.username())).isZero();
		assertThat(staff.findById(member.getId()).orElseThrow().failedLogins()).isZero();
	}

	private Staff hire(Set<Role> roles) {
		return hire(roles, "Test " + Fresh.name(""));
	}

	private Staff hire(Set<Role> roles, String name) {
		var member = Staff.hire(new StaffId(UUID.randomUUID()), Fresh.name("u."), name, null, unit, municipality,
				roles, "{noop}irrelevant");
		staff.save(member);
		return member;
	}

}
