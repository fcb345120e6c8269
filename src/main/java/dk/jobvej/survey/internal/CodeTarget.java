package dk.jobvej.survey.internal;

import dk.jobvej.identity.UnitId;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.RoundId;

/** What an answer code's answer counts for: the round and its questionnaire, the unit and the week. */
public record CodeTarget(RoundId round, QuestionnaireKind kind, int municipalityCode, UnitId unit, IsoWeek week) {
}
