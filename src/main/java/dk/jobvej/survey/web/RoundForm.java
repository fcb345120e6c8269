package dk.jobvej.survey.web;

import java.util.List;
import java.util.UUID;

import dk.jobvej.survey.QuestionnaireKind;

import org.jspecify.annotations.Nullable;

/** What the form for planning a round shows: the name, questionnaire, year, weeks ("6, 7") and units. */
public record RoundForm(String name, @Nullable QuestionnaireKind kind, String year, String weeks, List<UUID> units) {

	public RoundForm {
		units = List.copyOf(units);
	}

}
