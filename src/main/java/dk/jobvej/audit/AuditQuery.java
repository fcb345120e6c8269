package dk.jobvej.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A filter on the audit trail; empty fields match everything.
 *
 * @param subject whose data, e.g. {@code citizen/<uuid>}
 * @param actor who did it
 * @param action what kind of thing was done
 * @param from first day (Danish time), inclusive
 * @param to last day (Danish time), inclusive
 * @param page page number from 0, {@link #PAGE_SIZE} entries each, newest first
 */
public record AuditQuery(@Nullable String subject, @Nullable String actor, @Nullable AuditAction action,
		@Nullable LocalDate from, @Nullable LocalDate to, int page) {

	public static final int PAGE_SIZE = 50;

	public AuditQuery {
		subject = blankToNull(subject);
		actor = blankToNull(actor);
		page = Math.max(page, 0);
	}

	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, 0);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
