package dk.jobvej.rehab;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

/** A caseworker decided a rehabilitation case (afgørelse): which effort the citizen gets. */
public record RehabCaseDecided(RehabCaseId rehabCase, CitizenId citizen, RehabCaseType type, RehabOutcome outcome,
		LocalDate decidedOn, int municipalityCode) {
}
