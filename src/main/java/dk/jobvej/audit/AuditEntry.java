package dk.jobvej.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An entry of the audit trail as read back: the record, when, and its place in the chain. */
public record AuditEntry(long sequence, Instant at, String actor, AuditAction action, String subject, String what,
		@Nullable String why, int municipalityCode, String hash) {
}
