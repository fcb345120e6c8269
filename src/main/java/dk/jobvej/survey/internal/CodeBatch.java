package dk.jobvej.survey.internal;

import java.time.LocalDate;
import java.util.List;

import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.IssuedCode;
import dk.jobvej.survey.QuestionnaireKind;

/** Codes handed to a member of staff to print for their unit and week, with the last day they work. */
public record CodeBatch(String roundName, QuestionnaireKind kind, String unitName, IsoWeek week, LocalDate validUntil,
		List<IssuedCode> codes) {

	public CodeBatch {
		codes = List.copyOf(codes);
	}

	/** The message key of the slip's heading, which depends on the questionnaire. */
	public String slipHeadingKey() {
		return "survey.slip.heading." + kind.name();
	}

}
