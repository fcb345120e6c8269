package dk.jobvej.programme.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Participants against controls, as drawn (intention to treat): ordinary hours and the share of
 * days self-sufficient, over the whole follow-up and quarter by quarter since the programme started.
 *
 * @param from the first day of the follow-up (the programme's start)
 * @param to the last day of the follow-up (a year after the programme's end, or today if earlier)
 * @param leftOut members left out because they are no longer in the municipality's register
 * @param hours ordinary hours per member over the follow-up
 * @param selfSufficiency percent of the follow-up's days without public support
 * @param quarters the same two comparisons per quarter
 */
public record EffectEvaluation(LocalDate from, LocalDate to, int leftOut, Comparison hours,
		Comparison selfSufficiency, List<Quarter> quarters) {

	/** One quarter since the start: its number (1 = the first three months), its days and the comparisons. */
	public record Quarter(int number, LocalDate from, LocalDate to, Comparison hours, Comparison selfSufficiency) {
	}

}
