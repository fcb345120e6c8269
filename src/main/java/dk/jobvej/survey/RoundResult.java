package dk.jobvej.survey;

import java.util.List;

/** The results of a round: the whole round (all its units) and each unit. */
public record RoundResult(RoundSummary round, GroupResult overall, List<GroupResult> units) {

	public RoundResult {
		units = List.copyOf(units);
	}

}
