package dk.jobvej.citizen.internal;

import java.time.ZonedDateTime;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.StaffId;

/**
 * A break-the-glass grant as the leader of the citizen's unit sees it.
 *
 * @param active whether it is still in force
 */
public record GrantView(UUID id, StaffId staff, String staffName, CitizenId citizen, String citizenName,
		String maskedCpr, String reason, ZonedDateTime grantedAt, ZonedDateTime expiresAt, boolean active) {
}
