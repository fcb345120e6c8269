package dk.jobvej.contact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * The cadence rules and the municipalities' choices of the free-municipality variant, as loaded
 * from {@code contact.cadence_rule} and {@code contact.cadence_variant}. For one citizen it lays out
 * the contact course as windows of weeks on the current benefit, each with the rule that governs it.
 */
public record CadenceBook(List<CadenceRule> rules, List<VariantChoice> variants) {

	public CadenceBook {
		rules = List.copyOf(rules);
		variants = List.copyOf(variants);
	}

	/**
	 * The windows of the course for a citizen matching the criteria, whose benefit run began on
	 * {@code anchor}, as the rules in force stand on {@code day}: per week the most specific matching
	 * rule, then the newest. Weeks no rule covers are left out.
	 */
	List<Window> windows(Criteria who, LocalDate anchor, LocalDate day) {
		var frikommune = variantChosen(who.municipalityCode(), who.targetGroup(), day);
		var candidates = rules.stream()
			.filter(rule -> matches(rule, who, frikommune) && rule.inForce(anchor, day))
			.toList();
		var bounds = new TreeSet<Integer>();
		candidates.forEach(rule -> {
			bounds.add(rule.fromWeek());
			if (rule.toWeek() != null) {
				bounds.add(rule.toWeek());
			}
		});
		var windows = new ArrayList<Window>();
		var starts = new ArrayList<>(bounds);
		for (var i = 0; i < starts.size(); i++) {
			var from = starts.get(i);
			Integer to = i + 1 < starts.size() ? starts.get(i + 1) : null;
			var best = candidates.stream()
				.filter(rule -> rule.covers(from))
				.max(Comparator.comparingInt(CadenceRule::specificity).thenComparing(CadenceRule::validFrom))
				.orElse(null);
			if (best == null) {
				continue;
			}
			if (!windows.isEmpty() && windows.getLast().rule() == best
					&& Integer.valueOf(from).equals(windows.getLast().toWeek())) {
				windows.set(windows.size() - 1, new Window(windows.getLast().fromWeek(), to, best));
			}
			else {
				windows.add(new Window(from, to, best));
			}
		}
		return windows;
	}

	private static boolean matches(CadenceRule rule, Criteria who, boolean frikommune) {
		return (rule.municipalityCode() == null || rule.municipalityCode() == who.municipalityCode())
				&& (rule.variant() == CadenceRule.Variant.STANDARD || frikommune)
				&& (rule.benefit() == null || rule.benefit() == who.benefit())
				&& (rule.targetGroup() == null || rule.targetGroup() == who.targetGroup())
				&& (rule.category() == null || rule.category() == who.category())
				&& (rule.programme() == null || who.programmes().contains(rule.programme()));
	}

	private boolean variantChosen(int municipalityCode, @Nullable TargetGroup targetGroup, LocalDate day) {
		return targetGroup != null && variants.stream()
			.anyMatch(choice -> choice.municipalityCode() == municipalityCode && choice.targetGroup() == targetGroup
					&& !day.isBefore(choice.from()) && (choice.to() == null || !day.isAfter(choice.to())));
	}

	/** What the rules ask of a citizen on the day of evaluation. */
	public record Criteria(int municipalityCode, BenefitType benefit, @Nullable TargetGroup targetGroup,
			@Nullable VisitationCategory category, Set<String> programmes) {

		public Criteria {
			programmes = Set.copyOf(programmes);
		}

	}

	/** A municipality runs the free-municipality variant for a target group from {@code from} to {@code to}. */
	public record VariantChoice(int municipalityCode, TargetGroup targetGroup, LocalDate from, @Nullable LocalDate to) {
	}

	/** Weeks {@code fromWeek} (included) to {@code toWeek} (excluded, null = open) under one rule. */
	public record Window(int fromWeek, @Nullable Integer toWeek, CadenceRule rule) {

		LocalDate start(LocalDate anchor) {
			return anchor.plusWeeks(fromWeek);
		}

		/** The first day after the window, or null if it stays open. */
		@Nullable LocalDate end(LocalDate anchor) {
			return toWeek == null ? null : anchor.plusWeeks(toWeek);
		}

		boolean covers(int week) {
			return week >= fromWeek && (toWeek == null || week < toWeek);
		}

		boolean jobcenter() {
			return rule.responsible() == Responsible.JOBCENTER;
		}

	}

}
