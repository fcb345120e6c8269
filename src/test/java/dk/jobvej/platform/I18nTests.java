package dk.jobvej.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.jobvej.audit.AuditAction;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.contact.CancelledBy;
import dk.jobvej.contact.Channel;
import dk.jobvej.contact.ConversationKind;
import dk.jobvej.contact.ParticipantRole;
import dk.jobvej.contact.internal.DueStatus;
import dk.jobvej.contact.internal.NotificationKind;
import dk.jobvej.contact.internal.Responsible;
import dk.jobvej.contact.internal.Status;
import dk.jobvej.cv.CvPart;
import dk.jobvej.cv.EducationLevel;
import dk.jobvej.cv.LanguageLevel;
import dk.jobvej.identity.Role;
import dk.jobvej.plan.DecisionKind;
import dk.jobvej.plan.OfferCategory;
import dk.jobvej.plan.OfferResult;
import dk.jobvej.plan.OfferStatus;
import dk.jobvej.plan.OfferType;
import dk.jobvej.plan.ProviderKind;
import dk.jobvej.results.Measure;
import dk.jobvej.results.internal.TargetKind;
import dk.jobvej.survey.QuestionnaireKind;
import dk.jobvej.survey.Topic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All text a user reads comes from the message bundles, one per module in {@code i18n/}: every
 * bundle is registered, Danish and English have the same keys and no empty message, templates hold
 * no text of their own, and every key a template names, or builds from an enum, exists.
 */
class I18nTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path APPLICATION = Path.of("src/main/resources/application.yml");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

	/** A key named as it is: {@code #{key}} or {@code #{key(arguments)}}. */
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([\\w.]+)[}(]");

	/**
	 * The literal start of a key built in an expression: {@code #{'prefix.' + ${x}}},
	 * {@code #{${'prefix.' + x}}} or {@code #{|prefix.${x}|}}. Keys that come whole from a variable
	 * ({@code #{${messageKey}}}) are the controllers' to name and cannot be checked here.
	 */
	private static final Pattern BUILT_KEY = Pattern
		.compile("#\\{(?:\\$\\{)?(?:'([\\w.]+\\.)'\\s*\\+|\\|([\\w.]+\\.)\\$\\{)");

	/** The enums whose constants complete the keys templates build, by the start of the key. */
	private static final Map<String, Class<? extends Enum<?>>> LABELLED_ENUMS = Map.ofEntries(
			Map.entry("audit.action.", AuditAction.class), Map.entry("citizen.benefitType.", BenefitType.class),
			Map.entry("citizen.category.", VisitationCategory.class),
			Map.entry("citizen.targetGroup.", TargetGroup.class), Map.entry("identity.role.", Role.class),
			Map.entry("contact.kind.", ConversationKind.class), Map.entry("contact.channel.", Channel.class),
			Map.entry("contact.status.", Status.class), Map.entry("contact.state.", DueStatus.State.class),
			Map.entry("contact.role.", ParticipantRole.class), Map.entry("contact.cancelledBy.", CancelledBy.class),
			Map.entry("contact.responsible.", Responsible.class),
			Map.entry("contact.notification.", NotificationKind.class),
			Map.entry("cv.level.", EducationLevel.class), Map.entry("cv.languageLevel.", LanguageLevel.class),
			Map.entry("cv.part.", CvPart.class), Map.entry("plan.offerType.", OfferType.class),
			Map.entry("plan.offerTypeLower.", OfferType.class), Map.entry("plan.offerStatus.", OfferStatus.class),
			Map.entry("plan.result.", OfferResult.class), Map.entry("plan.providerKind.", ProviderKind.class),
			Map.entry("plan.decisionKind.", DecisionKind.class), Map.entry("plan.category.", OfferCategory.class),
			Map.entry("survey.kind.", QuestionnaireKind.class), Map.entry("survey.topic.", Topic.class),
			Map.entry("results.measureName.", Measure.class), Map.entry("results.targetKindName.", TargetKind.class),
			// rehab
			Map.entry("rehab.caseType.", dk.jobvej.rehab.RehabCaseType.class),
			Map.entry("rehab.certainty.", dk.jobvej.rehab.internal.RuleRow.Certainty.class),
			Map.entry("rehab.closeReason.", dk.jobvej.rehab.SicknessCloseReason.class),
			Map.entry("rehab.conversation.", dk.jobvej.rehab.ConversationKind.class),
			Map.entry("rehab.courseTask.", dk.jobvej.rehab.internal.RehabWorklists.CourseTask.class),
			Map.entry("rehab.courseType.", dk.jobvej.rehab.CourseType.class),
			Map.entry("rehab.document.", dk.jobvej.rehab.DocumentKind.class),
			Map.entry("rehab.documentStatus.", dk.jobvej.rehab.DocumentStatus.class),
			Map.entry("rehab.exemption.", dk.jobvej.rehab.ExemptionReason.class),
			Map.entry("rehab.function.", dk.jobvej.rehab.TeamFunction.class),
			Map.entry("rehab.ground.", dk.jobvej.rehab.ExtensionGround.class),
			Map.entry("rehab.outcome.", dk.jobvej.rehab.RehabOutcome.class),
			Map.entry("rehab.ruleKind.", dk.jobvej.rehab.internal.RuleKind.class),
			Map.entry("rehab.status.", dk.jobvej.rehab.internal.CaseStatus.class),
			Map.entry("rehab.transition.", dk.jobvej.rehab.internal.RuleRow.Transition.class),
			Map.entry("rehab.urgency.", dk.jobvej.rehab.internal.Urgency.class),
			// youth
			Map.entry("youth.certainty.", dk.jobvej.youth.internal.RuleRow.Certainty.class),
			Map.entry("youth.clubKind.", dk.jobvej.youth.ClubKind.class),
			Map.entry("youth.endReason.", dk.jobvej.youth.OrderEndReason.class),
			Map.entry("youth.fvuResult.", dk.jobvej.youth.FvuResult.class),
			Map.entry("youth.order.education.", dk.jobvej.youth.OrderStep.class),
			Map.entry("youth.ruleKind.", dk.jobvej.youth.internal.YouthRuleKind.class),
			Map.entry("youth.step.", dk.jobvej.youth.OrderStep.class),
			Map.entry("youth.supporter.", dk.jobvej.youth.SupporterKind.class),
			Map.entry("youth.transition.", dk.jobvej.youth.internal.RuleRow.Transition.class),
			Map.entry("youth.urgency.", dk.jobvej.youth.internal.YouthWorklists.Urgency.class),
			Map.entry("employer.size.", dk.jobvej.employer.CompanySize.class),
			Map.entry("employer.purpose.", dk.jobvej.employer.VisitPurpose.class),
			Map.entry("employer.outcome.", dk.jobvej.employer.VisitOutcome.class),
			Map.entry("employer.kind.", dk.jobvej.employer.VacancyKind.class),
			Map.entry("employer.status.", dk.jobvej.employer.VacancyStatus.class),
			Map.entry("employer.placementType.", dk.jobvej.employer.PlacementType.class),
			Map.entry("employer.followUpOutcome.", dk.jobvej.employer.FollowUpOutcome.class),
			Map.entry("matching.status.", dk.jobvej.matching.MatchStatus.class),
			Map.entry("matching.readiness.", dk.jobvej.matching.Readiness.class),

			Map.entry("programme.group.", dk.jobvej.programme.VisitationGroup.class),
			Map.entry("programme.groupHelp.", dk.jobvej.programme.VisitationGroup.class),
			Map.entry("programme.exit.", dk.jobvej.programme.ExitDestination.class),
			Map.entry("programme.deferral.", dk.jobvej.programme.DeferralReason.class),
			Map.entry("smalljobs.taskStatus.", dk.jobvej.smalljobs.internal.TaskStatus.class),
			Map.entry("smalljobs.referralStatus.", dk.jobvej.smalljobs.internal.ReferralStatus.class),
			Map.entry("smalljobs.endReason.", dk.jobvej.smalljobs.internal.EndReason.class),
			Map.entry("network.kind.", dk.jobvej.network.internal.MatchKind.class),
			Map.entry("network.openingStatus.", dk.jobvej.network.internal.OpeningStatus.class),
			Map.entry("network.level.", dk.jobvej.network.internal.EducationLevel.class),
			Map.entry("network.stage.", dk.jobvej.network.internal.Stage.class));

	@Test
	void everyBundleIsRegisteredWithTheMessageSource() throws IOException {
		var registered = Pattern.compile("basename:\\s*(\\S+)").matcher(Files.readString(APPLICATION));
		assertThat(registered.find()).as("spring.messages.basename in %s", APPLICATION).isTrue();

		assertThat(Arrays.asList(registered.group(1).split(",")))
			.containsExactlyInAnyOrderElementsOf(danishBundles().stream()
				.map(bundle -> "i18n/" + bundle.getFileName().toString().replace(".properties", ""))
				.toList());
	}

	@Test
	void everyKeyExistsInDanishAndEnglish() throws IOException {
		for (var danish : danishBundles()) {
			var danishKeys = load(danish).stringPropertyNames();
			var englishKeys = load(english(danish)).stringPropertyNames();
			assertThat(englishKeys).as("keys of %s missing in English", danish).containsAll(danishKeys);
			assertThat(danishKeys).as("keys of %s missing in Danish", english(danish)).containsAll(englishKeys);
		}
	}

	@Test
	void noMessageIsBlankOrItsOwnKey() throws IOException {
		var empty = new ArrayList<String>();
		for (var danish : danishBundles()) {
			for (var bundle : List.of(danish, english(danish))) {
				var messages = load(bundle);
				messages.stringPropertyNames()
					.stream()
					.filter(key -> messages.getProperty(key).isBlank() || messages.getProperty(key).equals(key))
					.forEach(key -> empty.add(bundle.getFileName() + ": " + key));
			}
		}
		assertThat(empty).isEmpty();
	}

	/**
	 * Not even a placeholder that Thymeleaf replaces: the bundles hold the text, once. A letter or
	 * a digit counts as text; in attributes that browsers show, too.
	 */
	@Test
	void templatesHoldNoTextOfTheirOwn() throws IOException {
		var literals = new ArrayList<String>();
		for (var template : templates()) {
			for (var element : Jsoup.parse(Files.readString(template)).getAllElements()) {
				literals.addAll(literalText(TEMPLATES.relativize(template), element));
			}
		}
		assertThat(literals).as("literal text in templates; use th:text=\"#{…}\"").isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		var known = allKeys();
		var missing = new ArrayList<String>();
		for (var template : templates()) {
			var keys = LITERAL_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!known.contains(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyATemplateBuildsFromAnEnumExistsForEachConstant() throws IOException {
		var built = new TreeMap<String, Path>();
		for (var template : templates()) {
			var keys = BUILT_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				built.put(keys.group(1) != null ? keys.group(1) : keys.group(2), TEMPLATES.relativize(template));
			}
		}
		assertThat(LABELLED_ENUMS.keySet()).as("keys built in templates; name the enum that completes each")
			.containsAll(built.keySet());

		var known = allKeys();
		var missing = new ArrayList<String>();
		LABELLED_ENUMS.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
			.map(constant -> prefix + constant.name())
			.filter(key -> !known.contains(key))
			.forEach(missing::add));
		assertThat(missing).isEmpty();
	}

	private static List<String> literalText(Path template, Element element) {
		var found = new ArrayList<String>();
		if (!element.tagName().equals("script") && !element.tagName().equals("style")) {
			element.childNodes()
				.stream()
				.filter(TextNode.class::isInstance)
				.map(node -> ((TextNode) node).text().strip())
				.filter(I18nTests::isText)
				.forEach(text -> found.add(template + ": <" + element.tagName() + "> " + text));
		}
		for (var attribute : TEXT_ATTRIBUTES) {
			var value = element.attr(attribute);
			if (isText(value) && !element.hasAttr("th:" + attribute)
					&& !(attribute.equals("value") && !element.attr("type").equals("submit"))) {
				found.add(template + ": " + attribute + "=\"" + value + "\"");
			}
		}
		return found;
	}

	private static boolean isText(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	/** Every key of every bundle; the English ones are the same (see above). */
	private static Set<String> allKeys() throws IOException {
		var keys = new TreeSet<String>();
		for (var danish : danishBundles()) {
			keys.addAll(load(danish).stringPropertyNames());
		}
		return keys;
	}

	private static List<Path> danishBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			var danish = files.filter(file -> !file.getFileName().toString().contains("_")).sorted().toList();
			assertThat(danish).isNotEmpty();
			return danish;
		}
	}

	private static Path english(Path danish) {
		return danish.resolveSibling(danish.getFileName().toString().replace(".properties", "_en.properties"));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		var properties = new Properties();
		try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
