package dk.jobvej.citizen.internal;

import java.time.LocalDate;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * A row of the target-group rules: on days from {@code validFrom} to {@code validTo} (both
 * included, null = still in force), a citizen on {@code benefit} (with {@code category}, and
 * aged {@code minAge}–{@code maxAge}, where given) is in {@code targetGroup}.
 */
record TargetGroupRule(BenefitType benefit, @Nullable VisitationCategory category, @Nullable Integer minAge,
		@Nullable Integer maxAge, TargetGroup targetGroup, LocalDate validFrom, @Nullable LocalDate validTo) {

	boolean matches(BenefitType benefit, @Nullable VisitationCategory category, int age, LocalDate day) {
		return this.benefit == benefit && (this.category == null || this.category == category)
				&& RuleBook.inForce(validFrom, validTo, day) && RuleBook.ageWithin(minAge, maxAge, age);
	}

	/** A rule naming a category beats one that does not; an age bound beats none. */
	int specificity() {
		return (category != null ? 2 : 0) + (minAge != null || maxAge != null ? 1 : 0);
	}

}
