package dk.jobvej.plan.web;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A step of the 1–5 scale the progression tool scores on, with the message key of its words
 * (the scale of Jobcenter Aalborg's user survey, seed 000: 5 = "Ja, i høj grad" … 1 = "Nej, slet ikke").
 */
record ScaleStep(int value, String key) {

	/** The steps from 5 down to 1, as the citizen reads them. */
	static final List<ScaleStep> DOWNWARDS = IntStream.iterate(5, value -> value >= 1, value -> value - 1)
		.mapToObj(value -> new ScaleStep(value, "plan.scale." + value))
		.toList();

}
