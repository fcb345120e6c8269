package dk.jobvej.citizen;

import java.time.Instant;

import dk.jobvej.identity.StaffId;

/** A visitation decision in a bulk import: who decided which category, when and why. */
public record ImportedVisitation(VisitationCategory category, Instant decidedAt, StaffId decidedBy, String reason) {
}
