package dk.jobvej.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff as the administrator sees them: with e-mail, whether they may sign in, and
 * the version to change them from. Never carries the password.
 *
 * @param member the member of staff
 * @param email work e-mail, if any
 * @param active false once deactivated; an inactive member of staff cannot sign in
 * @param lockedUntil the end of a lock-out after too many failed logins, if one was ever set
 * @param passwordLogin whether they have a password (otherwise they sign in through OIDC only)
 * @param version the current version
 */
public record StaffAccount(StaffMember member, @Nullable String email, boolean active, @Nullable Instant lockedUntil,
		boolean passwordLogin, int version) {

	public StaffId id() {
		return member.id();
	}

	/** Whether the account is locked out at the given moment. */
	public boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

}
