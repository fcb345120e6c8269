package dk.jobvej.employer;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

/** A placement ended, on its last day, for the reason given. */
public record PlacementEnded(PlacementId placement, CitizenId citizen, Cvr cvr, PlacementType type, LocalDate from,
		LocalDate to, EndReason reason, int municipalityCode) {

	/** Why a placement ended. */
	public enum EndReason {

		/** It ran as agreed. */
		COMPLETED,

		/** The citizen was hired (into ordinary work or a flexjob) at the company. */
		HIRED,

		/** It ended early (illness, mismatch, the citizen or the company stopped it). */
		STOPPED_EARLY

	}

}
