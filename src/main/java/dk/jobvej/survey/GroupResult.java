package dk.jobvej.survey;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * The results of one group of answers: a unit, or the whole round ({@code unit} null). A
 * suppressed group ("under 5 svar") shows only how many codes were handed out: its answers,
 * questions, topics and free texts are left out (zero and empty).
 *
 * @param unit the unit, or null for the whole round
 * @param name the unit's name (empty for the whole round)
 * @param issued codes handed out
 * @param suppressed whether the group is too small to show
 * @param answers answers received (0 when suppressed)
 * @param questions per question: the distribution and the share answering 4 or 5
 * @param topics per topic the share of answers that named it
 * @param freeTexts the free-text comments, in alphabetical order (never in the order they came)
 */
public record GroupResult(@Nullable UnitId unit, String name, int issued, boolean suppressed, int answers,
		List<QuestionResult> questions, Map<Topic, Double> topics, List<String> freeTexts) {

	public GroupResult {
		questions = List.copyOf(questions);
		topics = Map.copyOf(topics);
		freeTexts = List.copyOf(freeTexts);
	}

	/** Answers per code handed out; empty when suppressed or when no code was handed out. */
	public OptionalDouble responseRate() {
		return suppressed || issued == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) answers / issued);
	}

}
