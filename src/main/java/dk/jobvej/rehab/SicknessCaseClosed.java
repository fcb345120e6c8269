package dk.jobvej.rehab;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

/** A sickness-benefit follow-up case ended, with the reason; a company's retention counts it. */
public record SicknessCaseClosed(SicknessCaseId sicknessCase, CitizenId citizen, SicknessCloseReason reason,
		LocalDate closedOn, int municipalityCode) {
}
