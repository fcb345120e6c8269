package dk.jobvej.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff aggregate on its own. */
class StaffTests {

	private static final Instant NOON = Instant.parse("2026-03-02T11:00:00Z");

	@Test
	void aLockRunsOutByItselfAtItsEnd() {
		var member = new Staff(UUID.randomUUID(), "k.holm", "Karen Holm", null, UUID.randomUUID(), 851, "{noop}x", true,
				0, NOON, Set.of(new StaffRole(Role.AUDITOR)), 3);

		assertThat(member.lockedAt(NOON.minusSeconds(1))).isTrue();
		assertThat(member.lockedAt(NOON)).isFalse();
		assertThat(member.account().lockedAt(NOON.minusSeconds(1))).isTrue();
	}

	@Test
	void unlockingForgetsTheLockAndTheFailedLogins() {
		var member = new Staff(UUID.randomUUID(), "k.holm", "Karen Holm", null, UUID.randomUUID(), 851, "{noop}x", true,
				4, NOON, Set.of(new StaffRole(Role.AUDITOR)), 3);

		member.unlock();

		assertThat(member.lockedAt(NOON.minusSeconds(60))).isFalse();
		assertThat(member.failedLogins()).isZero();
	}

	@Test
	void aNewMemberOfStaffIsActiveWithTheirRolesAndWithoutAPasswordIfTheySignInThroughOidc() {
		var member = Staff.hire(new StaffId(UUID.randomUUID()), "oidc.bruger", "Oidc Bruger", null,
				new UnitId(UUID.randomUUID()), 851, Set.of(Role.MENTOR, Role.CASEWORKER), null);

		assertThat(member.isNew()).isTrue();
		assertThat(member.active()).isTrue();
		assertThat(member.roleSet()).containsExactlyInAnyOrder(Role.MENTOR, Role.CASEWORKER);
		assertThat(member.account().passwordLogin()).isFalse();
		assertThat(member.changedSince(0)).isTrue();
	}

	@Test
	void knowsWhetherItWasChangedSinceAVersion() {
		var member = new Staff(UUID.randomUUID(), "k.holm", "Karen Holm", null, UUID.randomUUID(), 851, null, true, 0,
				null, Set.of(new StaffRole(Role.AUDITOR)), 3);

		assertThat(member.changedSince(3)).isFalse();
		assertThat(member.changedSince(2)).isTrue();
	}

}
