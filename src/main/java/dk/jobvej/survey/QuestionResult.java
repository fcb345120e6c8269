package dk.jobvej.survey;

import java.util.List;

import dk.jobvej.survey.QuestionnaireKind.Scale;

/**
 * One question's answers in a group.
 *
 * @param number the question's number, from 1
 * @param scale its answer scale
 * @param counts how many answered 1, 2, 3, 4 and 5 (index 0 is the answer 1)
 */
public record QuestionResult(int number, Scale scale, List<Integer> counts) {

	public QuestionResult {
		counts = List.copyOf(counts);
		if (counts.size() != 5) {
			throw new IllegalArgumentException("five steps on the scale");
		}
	}

	/** Everyone who answered the question (a question may be left blank). */
	public int answered() {
		return counts.stream().mapToInt(Integer::intValue).sum();
	}

	/** The answers 4 and 5 ("i høj grad eller nogen grad"). */
	public int positive() {
		return counts.get(3) + counts.get(4);
	}

	/** The share answering 4 or 5 of those who answered; 0 when nobody did. */
	public double positiveShare() {
		return answered() == 0 ? 0 : (double) positive() / answered();
	}

}
