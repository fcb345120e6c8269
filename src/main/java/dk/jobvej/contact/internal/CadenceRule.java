package dk.jobvej.contact.internal;

import java.time.LocalDate;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code contact.cadence_rule}: for citizens matching the criteria (null = any), who
 * holds conversations in weeks {@code fromWeek} (included) to {@code toWeek} (excluded, null =
 * open) on the current benefit, and how often.
 *
 * @param municipalityCode a municipality's own rule, or null for every municipality
 * @param variant STANDARD, or FRIKOMMUNE for the free-municipality variant a municipality switches on
 * @param firstDueDays the first conversation is due this many days after the window starts, when
 * none has been held yet; null: one interval after the start
 * @param interval the longest time between conversations; null when the a-kasse holds them
 * @param agreed the cadence is agreed with the citizen: the next booked conversation is the due
 * date, the interval only the longest gap
 * @param minCount the legal minimum of conversations in the window, for reports
 * @param portfolioTarget the share (per cent) of the target group that must have the conversations
 * (the 75 % target from 1 July 2026), or null when it is a duty for everyone
 * @param inForceBy whether validity is checked on the day of evaluation or on the first day of the
 * benefit run (rules that apply to courses begun after a date)
 * @param source the legal or seed source, with the certainty of each part
 * @param certainty V (verified), S (secondary) or U (unverified)
 */
public record CadenceRule(String code, @Nullable Integer municipalityCode, Variant variant, @Nullable BenefitType benefit,
		@Nullable TargetGroup targetGroup, @Nullable VisitationCategory category, @Nullable String programme,
		int fromWeek, @Nullable Integer toWeek, Responsible responsible, @Nullable Integer firstDueDays,
		@Nullable Interval interval, boolean agreed, @Nullable Integer minCount, @Nullable Integer portfolioTarget,
		LocalDate validFrom, @Nullable LocalDate validTo, InForceBy inForceBy, String source, char certainty) {

	public CadenceRule {
		if (responsible == Responsible.JOBCENTER && interval == null) {
			throw new IllegalArgumentException("A jobcenter rule needs an interval: " + code);
		}
		if (toWeek != null && toWeek <= fromWeek) {
			throw new IllegalArgumentException("Empty window: " + code);
		}
	}

	/** Whether the rule is in force for a benefit run that began on {@code anchor}, evaluated on {@code day}. */
	boolean inForce(LocalDate anchor, LocalDate day) {
		var date = inForceBy == InForceBy.ANCHOR ? anchor : day;
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}

	boolean covers(int week) {
		return week >= fromWeek && (toWeek == null || week < toWeek);
	}

	/** How specific the rule is: a programme beats the free-municipality variant, which beats a municipality's own rule, and so on. */
	int specificity() {
		return (programme != null ? 32 : 0) + (variant == Variant.FRIKOMMUNE ? 16 : 0)
				+ (municipalityCode != null ? 8 : 0) + (category != null ? 4 : 0) + (benefit != null ? 2 : 0)
				+ (targetGroup != null ? 1 : 0);
	}

	/** The message key of the rule's certainty (V, S or U). */
	public String certaintyKey() {
		return "contact.certainty." + certainty;
	}

	/** Standard rules, or the free-municipality variant (frikommuneforsøg, seed 002). */
	public enum Variant {

		STANDARD, FRIKOMMUNE

	}

	/** Which date decides whether the rule is in force. */
	public enum InForceBy {

		DAY, ANCHOR

	}

}
