package dk.jobvej.survey.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.Topic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A filled-in questionnaire is held against its questionnaire, naming the field that is wrong. */
class SubmissionTests {

	@Test
	void nineScoresFromOneToFiveTopicsAndACommentPass() {
		var submission = new Submission(List.of(5, 4, 3, 2, 1, 5, 4, 3, 2), Set.of(Topic.JOB, Topic.HEALTH),
				"  God samtale  ").check(QuestionnaireKind.CITIZEN);

		assertThat(submission.freeText()).isEqualTo("God samtale");
		assertThat(submission.scoresLiteral()).isEqualTo("{5,4,3,2,1,5,4,3,2}");
		assertThat(submission.topicsLiteral()).isEqualTo("{JOB,HEALTH}");
	}

	@Test
	void aQuestionMayBeLeftBlank() {
		var scores = Arrays.asList(5, null, 3, 2, 1, 5, 4, 3, 2);

		assertThat(new Submission(scores, Set.of(), "").check(QuestionnaireKind.CITIZEN).scoresLiteral())
			.isEqualTo("{5,NULL,3,2,1,5,4,3,2}");
	}

	@Test
	void theNumberOfScoresMustMatchTheQuestionnaire() {
		assertThatThrownBy(() -> new Submission(List.of(5, 4), Set.of(), "").check(QuestionnaireKind.CITIZEN))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("scores"));
	}

	@Test
	void aScoreOutsideOneToFiveNamesItsPlace() {
		assertThatThrownBy(() -> new Submission(List.of(5, 6), Set.of(), "").check(QuestionnaireKind.COMPANY))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("scores[1]");
				assertThat(v.messageKey()).isEqualTo("survey.answer.scoreRange");
			});
		assertThatThrownBy(() -> new Submission(List.of(0, 5), Set.of(), "").check(QuestionnaireKind.COMPANY))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("scores[0]"));
	}

	@Test
	void anAllBlankQuestionnaireIsNoAnswer() {
		assertThatThrownBy(() -> new Submission(Arrays.asList(null, null), Set.of(), "Hej").check(QuestionnaireKind.COMPANY))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("survey.answer.noScore"));
	}

	@Test
	void onlyTheQuestionnairesOwnTopics() {
		assertThatThrownBy(() -> new Submission(List.of(5, 5), Set.of(Topic.HEALTH), "").check(QuestionnaireKind.COMPANY))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("topics"));
	}

	@Test
	void theCommentIsPlainTextOfAtMost2000Characters() {
		assertThatThrownBy(() -> new Submission(List.of(5, 5), Set.of(), "x".repeat(2001)).check(QuestionnaireKind.COMPANY))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("freeText"));
		assertThatThrownBy(() -> new Submission(List.of(5, 5), Set.of(), "a\u0000b").check(QuestionnaireKind.COMPANY))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("freeText"));
	}

}
