/**
 * The audit trail: an append-only, tamper-evident log of every read and change of personal
 * data. Each entry carries the hash of the one before it, so a changed or removed entry breaks
 * the chain, and {@link dk.jobvej.audit.AuditLog#verify()} finds where.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package dk.jobvej.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
