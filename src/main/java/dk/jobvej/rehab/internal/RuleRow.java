package dk.jobvej.rehab.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One effective-dated rule: what the rule of {@code kind} says about {@code subject} (a case
 * type, a category, ...) from {@code validFrom} to {@code validTo} (both included; no end = still
 * in force). When a row replaces an earlier one, its {@code transition} says what happens to cases
 * that began under the earlier row: they keep it ({@link Transition#KEEP}), or they switch to the
 * new row on its first day ({@link Transition#SWITCH}).
 *
 * @param code stable name of the row, for the administration page and audit
 * @param certainty how sure the rule is (the reference's V/S/U, or L for a local decision)
 * @param source where the rule comes from (law, seed, reference section)
 */
public record RuleRow(String code, RuleKind kind, String subject, String value, LocalDate validFrom,
		@Nullable LocalDate validTo, Transition transition, Certainty certainty, String source, String note) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	/** Whether an administrator may change the row: only rules the reference could not verify. */
	public boolean changeable() {
		return certainty == Certainty.U || certainty == Certainty.S;
	}

	/** What happens to running cases when this row takes over from an earlier one. */
	public enum Transition {

		/** Cases that began before keep the earlier rule (transitional protection). */
		KEEP,

		/** Running cases follow this row from its first day. */
		SWITCH

	}

	/** How sure a rule is: the tags of {@code reference/danish_rules.md}, and local decisions. */
	public enum Certainty {

		/** Verified in the legal text or an official page. */
		V,

		/** Secondary source only. */
		S,

		/** Unverified: the reference's best value, to be checked; an administrator may change it. */
		U,

		/** A local decision or target of the municipality (from the seeds). */
		L

	}

}
