package dk.jobvej.plan.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.plan.OfferType;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;

/**
 * A rule for how long an offer may run and be extended (a row of {@code plan.duration_rule}).
 * Periods are counted from the first day; an offer of 13 weeks starting on a Monday has its last
 * day on the Sunday 13 weeks later. Every check that fails names the rule.
 *
 * @param maxInitial the longest first grant
 * @param extensionStep the longest single extension; null: no extension
 * @param maxTotal the longest in all, extensions included; null: no ceiling
 * @param specialNeedStep beyond {@code maxTotal}, extensions of at most this length with a very
 * special need (helt særligt behov); null: none
 */
public record DurationRule(String code, String nameDa, String nameEn, OfferType type, @Nullable TargetGroup targetGroup,
		@Nullable UUID project, Period maxInitial, @Nullable Period extensionStep, @Nullable Period maxTotal,
		@Nullable Period specialNeedStep, String source, Certainty certainty, LocalDate validFrom,
		@Nullable LocalDate validTo) {

	/** Whether the rule governs an offer of the type, for the target group, at the project, starting on the day. */
	boolean applies(OfferType type, @Nullable TargetGroup group, @Nullable UUID project, LocalDate start) {
		return this.type == type && (targetGroup == null || targetGroup == group)
				&& (this.project == null || this.project.equals(project)) && !start.isBefore(validFrom)
				&& (validTo == null || !start.isAfter(validTo));
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
	}

	/** The last day of a period of the given length from the start. */
	static LocalDate lastDay(LocalDate start, Period length) {
		return start.plus(length).minusDays(1);
	}

	/** The first grant: the planned end may not be later than the rule allows. */
	void checkInitial(LocalDate start, LocalDate plannedEnd, Locale locale) {
		var latest = lastDay(start, maxInitial);
		if (plannedEnd.isAfter(latest)) {
			throw new RuleViolation("plannedEnd", "plan.rule.initial", name(locale), latest);
		}
	}

	/** An extension from the current planned end to a new one. */
	void checkExtension(LocalDate start, LocalDate currentEnd, LocalDate newEnd, boolean specialNeed, Locale locale) {
		if (extensionStep == null) {
			throw new RuleViolation("plannedEnd", "plan.rule.noExtension", name(locale));
		}
		var ceiling = maxTotal == null ? null : lastDay(start, maxTotal);
		if (ceiling == null || !newEnd.isAfter(ceiling)) {
			var latest = currentEnd.plus(extensionStep);
			if (newEnd.isAfter(latest)) {
				throw new RuleViolation("plannedEnd", "plan.rule.step", name(locale), latest);
			}
			return;
		}
		if (specialNeedStep == null) {
			throw new RuleViolation("plannedEnd", "plan.rule.total", name(locale), ceiling);
		}
		if (!specialNeed) {
			throw new RuleViolation("specialNeed", "plan.rule.specialNeed", name(locale), ceiling);
		}
		var latest = currentEnd.isBefore(ceiling) ? ceiling.plus(specialNeedStep) : currentEnd.plus(specialNeedStep);
		if (newEnd.isAfter(latest)) {
			throw new RuleViolation("plannedEnd", "plan.rule.step", name(locale), latest);
		}
	}

}
