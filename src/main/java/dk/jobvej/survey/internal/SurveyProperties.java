package dk.jobvej.survey.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the survey module ({@code jobvej.survey.*}).
 *
 * @param answerWindowWeeks how many weeks after the end of its week a code still works
 * @param maxBatch the most codes one batch may hold
 */
@ConfigurationProperties("jobvej.survey")
public record SurveyProperties(@DefaultValue("4") int answerWindowWeeks,
		@DefaultValue("500") int maxBatch) {
}
