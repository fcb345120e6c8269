package dk.jobvej.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing to write in the audit trail.
 *
 * @param actor who did it (the staff username)
 * @param action what kind of thing was done
 * @param subject whose data, as {@code type/id}, for example {@code citizen/6f1c…}; never a CPR number
 * @param what which data or operation, for example {@code citizen-page} or {@code visitation}
 * @param why the stated reason, if any (required for break-the-glass)
 * @param municipalityCode the municipality whose data it is
 */
public record AuditRecord(String actor, AuditAction action, String subject, String what, @Nullable String why,
		int municipalityCode) {
}
