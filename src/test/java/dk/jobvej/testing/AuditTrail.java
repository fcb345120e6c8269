package dk.jobvej.testing;

import java.util.ArrayList;
import java.util.List;

import dk.jobvej.audit.AuditEntry;
import dk.jobvej.audit.AuditLog;
import dk.jobvej.audit.AuditQuery;

/** The audit trail as tests read it, through the audit module's API: oldest entry first, all pages. */
public final class AuditTrail {

	private final AuditLog log;

	public AuditTrail(AuditLog log) {
		this.log = log;
	}

	/** The entries about a subject, such as {@code citizen/<uuid>} or {@code staff/<uuid>}. */
	public List<AuditEntry> about(String subject) {
		return all(subject, null);
	}

	/** The entries of what the actor (a username, or {@code system}) did. */
	public List<AuditEntry> by(String actor) {
		return all(null, actor);
	}

	private List<AuditEntry> all(String subject, String actor) {
		var entries = new ArrayList<AuditEntry>();
		for (var page = 0;; page++) {
			var newestFirst = log.entries(new AuditQuery(subject, actor, null, null, null, page));
			entries.addAll(newestFirst);
			if (newestFirst.size() < AuditQuery.PAGE_SIZE) {
				return entries.reversed();
			}
		}
	}

}
