package dk.jobvej.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.jobvej.survey.GroupResult;
import dk.jobvej.survey.QuestionResult;
import dk.jobvej.survey.RoundResult;
import dk.jobvej.survey.Topic;

/**
 * A round's results as the page shows them: a table of the share answering 4 or 5 per question and
 * unit, and the distribution of the chosen group's answers as a stacked bar chart drawn on the
 * server (SVG, one bar per question, the five answers side by side as parts of 100 %).
 */
public record ResultView(RoundResult result, GroupResult chosen, List<Bar> bars, List<Topic> topics, int chartHeight) {

	static final int BAR_HEIGHT = 28;

	static final int ROW_HEIGHT = 40;

	/** The chart's width in SVG units; the labels take the first 60. */
	static final int LABEL_WIDTH = 60;

	static final int BAR_WIDTH = 880;

	/** Colours per answer 1…5, a diverging blue–orange scale that also works for colour-blind readers. */
	static final List<String> COLOURS = List.of("#b35806", "#f1a340", "#d9d9d9", "#91bfdb", "#2166ac");

	/** One question's bar: its label, where it is drawn and its parts. */
	public record Bar(int number, int y, String positive, List<Part> parts) {
	}

	/** One answer's part of a bar. */
	public record Part(int score, double x, double width, String colour, int count, String percent) {
	}

	static ResultView of(RoundResult result, GroupResult chosen) {
		var bars = new ArrayList<Bar>();
		var row = 0;
		for (var question : chosen.questions()) {
			bars.add(bar(question, row++));
		}
		var topics = result.round().kind().topics().stream().sorted().toList();
		return new ResultView(result, chosen, bars, topics, Math.max(1, bars.size()) * ROW_HEIGHT);
	}

	private static Bar bar(QuestionResult question, int row) {
		var parts = new ArrayList<Part>();
		var answered = question.answered();
		double x = LABEL_WIDTH;
		for (var score = 1; score <= 5; score++) {
			var count = question.counts().get(score - 1);
			var width = answered == 0 ? 0 : BAR_WIDTH * (double) count / answered;
			parts.add(new Part(score, x, width, COLOURS.get(score - 1), count,
					percent(answered == 0 ? 0 : (double) count / answered)));
			x += width;
		}
		return new Bar(question.number(), row * ROW_HEIGHT, percent(question.positiveShare()), parts);
	}

	/** The group's response rate as a percentage; empty when suppressed or nothing was handed out. */
	public String rate(GroupResult group) {
		return group.responseRate().isPresent() ? percent(group.responseRate().getAsDouble()) : "";
	}

	/** The share of the group answering 4 or 5 to the question (from 1). */
	public String positive(GroupResult group, int question) {
		return group.suppressed() ? "" : percent(group.questions().get(question - 1).positiveShare());
	}

	/** The share of the group's answers naming the topic. */
	public String topic(GroupResult group, Topic topic) {
		return group.suppressed() ? "" : percent(group.topics().getOrDefault(topic, 0.0));
	}

	/** The question numbers, 1 to the questionnaire's count. */
	public List<Integer> questionNumbers() {
		return java.util.stream.IntStream.rangeClosed(1, result.round().kind().questions()).boxed().toList();
	}

	/** The message key of the question about topics. */
	public String topicsKey() {
		return "survey.answer.topics." + result.round().kind().name();
	}

	/** The colour of an answer (1–5). */
	public String colour(int score) {
		return COLOURS.get(score - 1);
	}

	/** The message key of a question's text. */
	public String questionKey(int number) {
		return "survey.question." + result.round().kind().name() + "." + number;
	}

	/** The message key of an answer's label on the questionnaire's scale (the first question's scale). */
	public String scaleKey(int score) {
		return "survey.scale." + result.round().kind().scale(1).name() + "." + score;
	}

	/** A share as a whole percentage, the way the seeds print them ("97 %"). */
	static String percent(double share) {
		return String.format(Locale.ROOT, "%d %%", Math.round(share * 100));
	}

}
