package dk.jobvej.survey;

import java.util.List;

/**
 * A survey round (måling): which questionnaire, in which ISO weeks, and how many codes were handed
 * out and answered in all. A round with fewer answers than the minimum shows no count of answers
 * ({@code suppressed}, answers 0).
 */
public record RoundSummary(RoundId id, String name, QuestionnaireKind kind, int municipalityCode,
		List<IsoWeek> weeks, int issued, int answers, boolean suppressed) {

	public RoundSummary {
		weeks = List.copyOf(weeks);
	}

}
