package dk.jobvej.survey.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.Topic;

import org.jspecify.annotations.Nullable;

/**
 * One filled-in questionnaire: a score 1–5 per question in order (null: left blank), the topics
 * ticked and a comment. {@link #check} holds it against the questionnaire.
 */
public record Submission(List<@Nullable Integer> scores, Set<Topic> topics, String freeText) {

	static final int FREE_TEXT_LENGTH = 2000;

	public Submission {
		scores = Collections.unmodifiableList(new ArrayList<>(scores));
		topics = Set.copyOf(topics);
	}

	/**
	 * Refuses, naming the field, a questionnaire with the wrong number of scores, a score outside
	 * 1–5, no score at all, a topic the questionnaire does not ask about, or a comment that is too
	 * long or holds control characters.
	 */
	Submission check(QuestionnaireKind kind) {
		if (scores.size() != kind.questions()) {
			throw new RuleViolation("scores", "survey.answer.scoreCount", kind.questions());
		}
		for (var i = 0; i < scores.size(); i++) {
			var score = scores.get(i);
			if (score != null && (score < 1 || score > 5)) {
				throw new RuleViolation("scores[" + i + "]", "survey.answer.scoreRange", i + 1);
			}
		}
		if (scores.stream().allMatch(score -> score == null)) {
			throw new RuleViolation("scores", "survey.answer.noScore");
		}
		topics.stream()
			.filter(topic -> !kind.topics().contains(topic))
			.findFirst()
			.ifPresent(topic -> {
				throw new RuleViolation("topics", "survey.answer.topic");
			});
		var text = freeText.strip();
		if (text.length() > FREE_TEXT_LENGTH) {
			throw new RuleViolation("freeText", "survey.validation.tooLong", FREE_TEXT_LENGTH);
		}
		if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw new RuleViolation("freeText", "survey.validation.control");
		}
		return new Submission(scores, topics, text);
	}

	/** The scores as a PostgreSQL array literal, {@code {5,4,NULL,…}}. */
	String scoresLiteral() {
		return "{" + String.join(",", scores.stream().map(s -> s == null ? "NULL" : s.toString()).toList()) + "}";
	}

	/** The topics as a PostgreSQL array literal, in a fixed order. */
	String topicsLiteral() {
		return "{" + String.join(",", topics.stream().sorted().map(Enum::name).toList()) + "}";
	}

}
