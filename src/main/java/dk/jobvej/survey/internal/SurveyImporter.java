package dk.jobvej.survey.internal;

import java.util.List;

import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;
import dk.jobvej.survey.SurveyImport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a finished round from outside Jobvej in one transaction: the round, the count of
 * questionnaires handed out per unit and week, and the answers, each checked like one typed in.
 */
@Service
@Transactional
class SurveyImporter implements SurveyImport {

	private final Rounds rounds;

	private final Codes codes;

	private final Answers answers;

	private final Organisation organisation;

	SurveyImporter(Rounds rounds, Codes codes, Answers answers, Organisation organisation) {
		this.rounds = rounds;
		this.codes = codes;
		this.answers = answers;
		this.organisation = organisation;
	}

	@Override
	public RoundId importRound(int municipalityCode, String name, QuestionnaireKind kind, List<IsoWeek> weeks,
			List<IssuedCount> issued, List<ImportedAnswer> imported) {
		var existing = rounds.findByMunicipalityCodeAndName(municipalityCode, name.strip());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		var units = java.util.stream.Stream
			.concat(issued.stream().map(IssuedCount::unit), imported.stream().map(ImportedAnswer::unit))
			.distinct()
			.map(unit -> organisation.unit(unit).orElseThrow(() -> new RuleViolation("units", "survey.unit.unknown")))
			.toList();
		var round = rounds.save(Round.plan(municipalityCode, kind, name, weeks, units));
		for (var count : issued) {
			codes.count(round.id(), count.unit(), count.week(), count.count());
		}
		for (var answer : imported) {
			if (!round.runs(answer.unit(), answer.week())) {
				throw new RuleViolation("week", "survey.codes.notInRound");
			}
			var submission = new Submission(answer.scores(), answer.topics(), answer.freeText()).check(kind);
			answers.add(new CodeTarget(round.id(), kind, municipalityCode, answer.unit(), answer.week()),
					Channel.IMPORT, submission);
		}
		return round.id();
	}

}
