package dk.jobvej.survey.internal;

import java.util.List;

import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;

/** A round that still takes codes for some of its weeks. */
public record OpenRound(RoundId id, String name, QuestionnaireKind kind, List<IsoWeek> weeks) {

	public OpenRound {
		weeks = List.copyOf(weeks);
	}

}
