package dk.jobvej.citizen;

import java.time.LocalDate;

/** A running benefit period was given its last day. */
public record BenefitPeriodEnded(CitizenId citizen, BenefitPeriodId period, BenefitType type, LocalDate from,
		LocalDate to, int municipalityCode) {
}
