package dk.jobvej.citizen;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A benefit period (ydelsesforløb) was added to a citizen's case; {@code to} is null while open. */
public record BenefitPeriodStarted(CitizenId citizen, BenefitPeriodId period, BenefitType type, LocalDate from,
		@Nullable LocalDate to, int municipalityCode) {
}
