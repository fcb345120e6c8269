package dk.jobvej.citizen.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * The citizen module's rules, as loaded from the rule tables: which target group a benefit
 * leads to, which visitation categories may be chosen, and which benefits may run at the same
 * time. Every question is asked for a day, so the answer follows the rules in force that day.
 *
 * @param targetGroups the target-group rules
 * @param visitations the visitation rules
 * @param overlaps pairs of benefits that may overlap, each pair in either order
 * @param category3AbolishedFrom the first day sickness-benefit category 3 may no longer be chosen (a setting)
 */
record RuleBook(List<TargetGroupRule> targetGroups, List<VisitationRule> visitations, Set<List<BenefitType>> overlaps,
		@Nullable LocalDate category3AbolishedFrom) {

	RuleBook {
		targetGroups = List.copyOf(targetGroups);
		visitations = List.copyOf(visitations);
		overlaps = Set.copyOf(overlaps);
	}

	/** The target group of a citizen on the benefit, in the category, at the age, on the day. */
	Optional<TargetGroup> targetGroup(BenefitType benefit, @Nullable VisitationCategory category, int age,
			LocalDate day) {
		return targetGroups.stream()
			.filter(rule -> rule.matches(benefit, category, age, day))
			.max(Comparator.comparingInt(TargetGroupRule::specificity))
			.map(TargetGroupRule::targetGroup);
	}

	/** The visitation categories that may be chosen for a citizen on the benefit, at the age, on the day. */
	Set<VisitationCategory> allowedCategories(BenefitType benefit, int age, LocalDate day) {
		var allowed = EnumSet.noneOf(VisitationCategory.class);
		visitations.stream()
			.filter(rule -> rule.allows(benefit, age, day))
			.map(VisitationRule::category)
			.filter(category -> !abolished(category, day))
			.forEach(allowed::add);
		return allowed;
	}

	/** Whether a citizen may receive both benefits on the same day. */
	boolean mayOverlap(BenefitType one, BenefitType other) {
		return overlaps.contains(List.of(one, other)) || overlaps.contains(List.of(other, one));
	}

	private boolean abolished(VisitationCategory category, LocalDate day) {
		return category == VisitationCategory.SYGEDAGPENGE_KATEGORI_3 && category3AbolishedFrom != null
				&& !day.isBefore(category3AbolishedFrom);
	}

	static boolean inForce(LocalDate from, @Nullable LocalDate to, LocalDate day) {
		return !day.isBefore(from) && (to == null || !day.isAfter(to));
	}

	static boolean ageWithin(@Nullable Integer min, @Nullable Integer max, int age) {
		return (min == null || age >= min) && (max == null || age <= max);
	}

}
