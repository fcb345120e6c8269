package dk.jobvej.citizen;

import java.time.Instant;

import dk.jobvej.identity.StaffId;

import org.jspecify.annotations.Nullable;

/**
 * A citizen got another primary contact person (kontaktperson); {@code previous} is null when
 * they had none.
 */
public record PrimaryContactChanged(CitizenId citizen, @Nullable StaffId previous, StaffId primaryContact,
		StaffId changedBy, Instant changedAt, int municipalityCode) {
}
