package dk.jobvej.plan;

import java.util.Locale;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.plan.internal.HelpLibrary;
import dk.jobvej.plan.internal.PlanRules;
import dk.jobvej.plan.internal.Progression;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts the plan pages take from data rather than from an enum the I18n check knows: every
 * indicator has a name and a question for each party in Danish and English, every offer type has
 * a rule row in force today, every kind of history event and goal a label, and every item of
 * Digital Jobhjælp a text in both languages.
 */
@JobvejIntegrationTest
class PlanTextsTests {

	private static final Locale DA = Locale.forLanguageTag("da");

	@Autowired
	Progression progression;

	@Autowired
	PlanRules rules;

	@Autowired
	HelpLibrary library;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyIndicatorHasANameAndTheQuestionsItsPartiesAnswer() {
		assertThat(progression.indicators()).hasSize(6).allSatisfy(indicator -> {
			for (var locale : new Locale[] { DA, Locale.ENGLISH }) {
				assertThat(messages.getMessage(indicator.nameKey(), null, locale)).isNotBlank();
				assertThat(messages.getMessage(indicator.citizenQuestionKey(), null, locale)).endsWith("?");
				assertThat(messages.getMessage(indicator.staffQuestionKey(), null, locale)).endsWith("?");
			}
		});
	}

	@Test
	void everyOfferTypeHasItsRuleRowAndEveryEventAndGoalALabel() {
		var today = java.time.LocalDate.now();
		for (var type : OfferType.values()) {
			assertThat(rules.typeRule(type, today)).as("%s", type).isPresent();
		}
		var kinds = jdbc.sql("select distinct kind from plan.offer_event").query(String.class).list();
		for (var kind : java.util.stream.Stream.concat(kinds.stream(),
				java.util.stream.Stream.of("WAITING", "GRANTED", "REFUSED", "EXTENDED", "ENDED", "CANCELLED")).toList()) {
			assertThat(messages.getMessage("plan.event." + kind, null, DA)).isNotBlank();
		}
		for (var key : new String[] { "plan.goalKind.END_GOAL", "plan.goalKind.SUB_GOAL", "plan.goalStatus.ACTIVE",
				"plan.goalStatus.REACHED", "plan.goalStatus.DROPPED", "plan.goalStatus.REPLACED" }) {
			assertThat(messages.getMessage(key, null, Locale.ENGLISH)).isNotBlank();
		}
	}

	@Test
	void everySelfHelpItemHasTextAndStepsInBothLanguages() {
		var danish = library.items(DA);
		var english = library.items(Locale.ENGLISH);
		assertThat(danish).hasSize(7).extracting(HelpLibrary.Item::topic)
			.containsExactly("CV", "APPLICATION", "LINKEDIN", "NETWORK", "INTERVIEW", "HEALTH", "AI");
		for (var i = 0; i < danish.size(); i++) {
			assertThat(danish.get(i).steps()).hasSameSizeAs(english.get(i).steps()).isNotEmpty();
			assertThat(danish.get(i).paragraphs()).hasSameSizeAs(english.get(i).paragraphs());
			assertThat(danish.get(i).title()).isNotEqualTo(english.get(i).title());
		}
	}

}
