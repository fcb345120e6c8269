package dk.jobvej.youth;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

/** An education order ended, with the reason. */
public record EducationOrderEnded(EducationOrderId order, CitizenId citizen, OrderStep lastStep, OrderEndReason reason,
		LocalDate on, int municipalityCode) {
}
