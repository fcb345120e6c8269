package dk.jobvej.citizen;

import java.time.Instant;

import dk.jobvej.identity.StaffId;

import org.jspecify.annotations.Nullable;

/** A caseworker decided a citizen's visitation category; {@code previous} is null at the first visitation. */
public record VisitationChanged(CitizenId citizen, @Nullable VisitationCategory previous, VisitationCategory category,
		StaffId decidedBy, Instant decidedAt, int municipalityCode) {
}
