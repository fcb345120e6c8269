package dk.jobvej.survey;

import java.util.List;
import java.util.Set;

import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * Loads the answers of a finished survey round that was run outside Jobvej (on paper, or in an
 * earlier survey tool), with how many questionnaires each unit handed out per week. Used by the
 * demo data. A round name that exists in the municipality is skipped, so an import can be re-run.
 */
public interface SurveyImport {

	/**
	 * Creates the round with its weeks and units and loads the counts and answers, all in one
	 * transaction.
	 * @return the new round, or the existing one when a round of that name was imported before
	 */
	RoundId importRound(int municipalityCode, String name, QuestionnaireKind kind, List<IsoWeek> weeks,
			List<IssuedCount> issued, List<ImportedAnswer> answers);

	/** Codes (questionnaires) a unit handed out in a week. */
	record IssuedCount(UnitId unit, IsoWeek week, int count) {
	}

	/**
	 * One answer: the unit and week it belongs to, the score of each question (null: left blank),
	 * the topics ticked and the comment (empty for none).
	 */
	record ImportedAnswer(UnitId unit, IsoWeek week, List<@Nullable Integer> scores, Set<Topic> topics,
			String freeText) {
	}

}
