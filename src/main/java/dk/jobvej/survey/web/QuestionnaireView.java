package dk.jobvej.survey.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.Topic;
import dk.jobvej.survey.internal.Submission;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire as a form: per question its field ({@code score1} …), text and the five answers
 * with their labels (5 first, as on the paper form), then the topics and the comment. It also reads
 * the posted form back into a {@link Submission}, and shows what was posted again after an error.
 */
public record QuestionnaireView(QuestionnaireKind kind, List<Question> questions, List<TopicChoice> topics,
		String freeText) {

	public record Question(int number, String field, String textKey, List<Choice> choices, @Nullable Integer chosen) {
	}

	public record Choice(int value, String labelKey) {
	}

	public record TopicChoice(Topic topic, String labelKey, boolean checked) {
	}

	/** The empty form. */
	static QuestionnaireView of(QuestionnaireKind kind) {
		return of(kind, Map.of(), List.of());
	}

	/** The form with what was posted. */
	static QuestionnaireView of(QuestionnaireKind kind, Map<String, String> form, @Nullable List<String> topics) {
		var questions = new ArrayList<Question>();
		for (var number = 1; number <= kind.questions(); number++) {
			var scale = kind.scale(number);
			var choices = new ArrayList<Choice>();
			for (var value = 5; value >= 1; value--) {
				choices.add(new Choice(value, "survey.scale." + scale.name() + "." + value));
			}
			questions.add(new Question(number, field(number), "survey.question." + kind.name() + "." + number, choices,
					parse(form.get(field(number)))));
		}
		var ticked = topics == null ? Set.<String>of() : new HashSet<>(topics);
		var topicChoices = kind.topics()
			.stream()
			.sorted()
			.map(topic -> new TopicChoice(topic, "survey.topic." + topic.name(), ticked.contains(topic.name())))
			.toList();
		return new QuestionnaireView(kind, questions, topicChoices, form.getOrDefault("freeText", ""));
	}

	/**
	 * The posted answers; an answer that is not one of the choices is refused naming its question's
	 * field, an unknown topic naming the topics.
	 */
	Submission submission(Map<String, String> form, @Nullable List<String> topics) {
		var scores = new ArrayList<@Nullable Integer>();
		for (var number = 1; number <= kind.questions(); number++) {
			var value = form.get(field(number));
			if (value == null || value.isBlank()) {
				scores.add(null);
				continue;
			}
			var score = parse(value);
			if (score == null || score < 1 || score > 5) {
				throw new RuleViolation(field(number), "survey.answer.scoreRange", number);
			}
			scores.add(score);
		}
		var chosen = new HashSet<Topic>();
		for (var topic : topics == null ? List.<String>of() : topics) {
			try {
				chosen.add(Topic.valueOf(topic));
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolation("topics", "survey.answer.topic");
			}
		}
		return new Submission(scores, chosen, form.getOrDefault("freeText", ""));
	}

	/** The message key of a text that depends on the questionnaire: {@code survey.answer.<part>.<KIND>}. */
	public String key(String part) {
		return "survey.answer." + part + "." + kind.name();
	}

	/** The page's field for a service's field: {@code scores[2]} is {@code score3}. */
	static String pageField(String field) {
		if (field.startsWith("scores[")) {
			return field(Integer.parseInt(field.substring(7, field.length() - 1)) + 1);
		}
		return field.equals("scores") ? field(1) : field;
	}

	static String field(int number) {
		return "score" + number;
	}

	private static @Nullable Integer parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
