package dk.jobvej.youth;

import java.time.LocalDate;

import dk.jobvej.citizen.CitizenId;

import org.jspecify.annotations.Nullable;

/**
 * An education order was issued (step 1, {@code previous} null) or moved to its next step; the
 * deadline is the caseworker's for the new step.
 */
public record EducationOrderStepChanged(EducationOrderId order, CitizenId citizen, @Nullable OrderStep previous,
		OrderStep step, LocalDate on, LocalDate deadline, int municipalityCode) {
}
