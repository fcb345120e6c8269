package dk.jobvej.survey.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.survey.GroupResult;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.IssuedCode;
import dk.jobvej.survey.QuestionResult;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundResult;
import dk.jobvej.survey.RoundSummary;
import dk.jobvej.survey.Topic;
import dk.jobvej.survey.internal.CodeBatch;
import dk.jobvej.survey.internal.OpenRound;

import org.jspecify.annotations.Nullable;

/** What the survey API answers. Suppressed groups carry no answers, shares or texts. */
final class SurveyJson {

	private SurveyJson() {
	}

	record Week(int year, int week) {
		static Week of(IsoWeek week) {
			return new Week(week.year(), week.week());
		}
	}

	record Created(UUID id) {
	}

	record Round(UUID id, String name, QuestionnaireKind kind, List<Week> weeks, int issued, @Nullable Integer answers,
			boolean suppressed) {
		static Round of(RoundSummary round) {
			return new Round(round.id().value(), round.name(), round.kind(),
					round.weeks().stream().map(Week::of).toList(), round.issued(),
					round.suppressed() ? null : round.answers(), round.suppressed());
		}
	}

	record Open(UUID id, String name, QuestionnaireKind kind, List<Week> weeks) {
		static Open of(OpenRound round) {
			return new Open(round.id().value(), round.name(), round.kind(),
					round.weeks().stream().map(Week::of).toList());
		}
	}

	record Codes(String round, String unit, Week week, LocalDate validUntil, List<IssuedCode> codes) {
		static Codes of(CodeBatch batch) {
			return new Codes(batch.roundName(), batch.unitName(), Week.of(batch.week()), batch.validUntil(),
					batch.codes());
		}
	}

	record Answered(Week week) {
	}

	record Question(int number, List<Integer> counts, int answered, double positiveShare) {
		static Question of(QuestionResult question) {
			return new Question(question.number(), question.counts(), question.answered(), question.positiveShare());
		}
	}

	record Group(@Nullable UUID unit, String name, int issued, boolean suppressed, @Nullable Integer answers,
			@Nullable Double responseRate, List<Question> questions, Map<Topic, Double> topics,
			List<String> freeTexts) {
		static Group of(GroupResult group) {
			return new Group(group.unit() == null ? null : group.unit().value(), group.name(), group.issued(),
					group.suppressed(), group.suppressed() ? null : group.answers(),
					group.responseRate().isPresent() ? group.responseRate().getAsDouble() : null,
					group.questions().stream().map(Question::of).toList(), group.topics(), group.freeTexts());
		}
	}

	record Result(Round round, Group overall, List<Group> units) {
		static Result of(RoundResult result) {
			return new Result(Round.of(result.round()), Group.of(result.overall()),
					result.units().stream().map(Group::of).toList());
		}
	}

}
