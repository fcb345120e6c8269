package dk.jobvej.citizen;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A benefit period in a bulk import; {@code to} is null while it runs. */
public record ImportedBenefitPeriod(BenefitType type, LocalDate from, @Nullable LocalDate to) {
}
