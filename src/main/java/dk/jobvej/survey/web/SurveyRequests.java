package dk.jobvej.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.survey.IsoWeek;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.Topic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the survey API accepts; the service checks the rules again. */
final class SurveyRequests {

	private SurveyRequests() {
	}

	record Week(@NotNull(message = "{survey.validation.required}") @Nullable Integer year,
			@NotNull(message = "{survey.validation.required}") @Nullable Integer week) {
	}

	record PlanRound(@NotNull(message = "{survey.validation.required}") @Nullable QuestionnaireKind kind,
			@NotBlank(message = "{survey.validation.required}") @Size(max = 200,
					message = "{survey.validation.maxLength}") @Nullable String name,
			@NotEmpty(message = "{survey.validation.required}") @Nullable List<@Valid Week> weeks,
			@NotEmpty(message = "{survey.validation.required}") @Nullable List<UUID> units) {

		/** The weeks; a week that does not exist is refused naming its place in the list. */
		List<IsoWeek> isoWeeks() {
			var result = new ArrayList<IsoWeek>();
			var all = weeks == null ? List.<Week>of() : weeks;
			for (var i = 0; i < all.size(); i++) {
				result.add(week("weeks[" + i + "]", all.get(i).year(), all.get(i).week()));
			}
			return result;
		}

	}

	record IssueCodes(@NotNull(message = "{survey.validation.required}") @Nullable Integer year,
			@NotNull(message = "{survey.validation.required}") @Nullable Integer week,
			@NotNull(message = "{survey.validation.required}") @Min(value = 1,
					message = "{survey.codes.countRange}") @Max(value = 500,
							message = "{survey.codes.countRange}") @Nullable Integer count) {
	}

	record Answer(@NotBlank(message = "{survey.validation.required}") @Size(max = 20,
			message = "{survey.code.malformed}") @Nullable String code,
			@NotNull(message = "{survey.validation.required}") @Nullable List<@Nullable Integer> scores,
			@Nullable Set<Topic> topics,
			@Size(max = 2000, message = "{survey.validation.maxLength}") @Nullable String freeText) {
	}

	/** A year and week that exist, or a refusal naming the field. */
	static IsoWeek week(String field, @Nullable Integer year, @Nullable Integer week) {
		if (year == null || week == null) {
			throw new RuleViolation(field, "survey.validation.required");
		}
		try {
			return new IsoWeek(year, week);
		}
		catch (RuleViolation invalid) {
			throw new RuleViolation(field, invalid.messageKey(), invalid.arguments());
		}
	}

}
