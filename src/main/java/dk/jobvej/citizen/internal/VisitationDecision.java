package dk.jobvej.citizen.internal;

import java.time.Instant;
import java.util.UUID;

import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.StaffId;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One visitation decision: which category a caseworker chose, when and why. Decisions are never
 * changed; a new decision is appended to the citizen's history.
 */
@Table(schema = "citizen", name = "visitation_decision")
record VisitationDecision(VisitationCategory category, Instant decidedAt, UUID decidedBy, String reason,
		int municipalityCode) {

	StaffId decider() {
		return new StaffId(decidedBy);
	}

}
