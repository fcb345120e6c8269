package dk.jobvej.citizen.internal;

import java.time.LocalDate;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * A row of the visitation rules: on days from {@code validFrom} to {@code validTo}, a citizen on
 * {@code benefit} (aged {@code minAge}–{@code maxAge}, where given) may be visited to {@code category}.
 */
record VisitationRule(BenefitType benefit, VisitationCategory category, @Nullable Integer minAge,
		@Nullable Integer maxAge, LocalDate validFrom, @Nullable LocalDate validTo) {

	boolean allows(BenefitType benefit, int age, LocalDate day) {
		return this.benefit == benefit && RuleBook.inForce(validFrom, validTo, day)
				&& RuleBook.ageWithin(minAge, maxAge, age);
	}

}
