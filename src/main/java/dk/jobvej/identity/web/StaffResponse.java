package dk.jobvej.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffAccount;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff as the API shows them to an administrator; never with a password.
 *
 * @param locked whether a lock-out after too many failed logins is in force now
 * @param passwordLogin whether they have a password (otherwise OIDC login only)
 */
record StaffResponse(UUID id, String username, String name, @Nullable String email, UUID unit, List<Role> roles,
		int municipalityCode, boolean active, boolean locked, @Nullable Instant lockedUntil, boolean passwordLogin,
		int version) {

	static StaffResponse of(StaffAccount account, Instant now) {
		var member = account.member();
		var locked = account.lockedAt(now);
		return new StaffResponse(member.id().value(), member.username(), member.name(), account.email(),
				member.unit().value(), member.roles().stream().sorted().toList(), member.municipalityCode(),
				account.active(), locked, locked ? account.lockedUntil() : null, account.passwordLogin(),
				account.version());
	}

}
