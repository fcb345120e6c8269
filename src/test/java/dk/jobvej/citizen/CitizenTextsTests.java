package dk.jobvej.citizen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen module's texts: the same keys in Danish and English, every key a template uses
 * exists, every enum shown has its label, and no literal text in the templates.
 */
class CitizenTextsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/citizen");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");

	/** Text between two tags, with the tag before it. */
	private static final Pattern TEXT = Pattern.compile("(<[^<>]*>)([^<>]*)(?=<)");

	private final Properties danish = load("i18n/citizen.properties");

	private final Properties english = load("i18n/citizen_en.properties");

	@Test
	void danishAndEnglishHaveTheSameKeys() {
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(danish.stringPropertyNames());
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		for (var template : templates()) {
			var matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				assertThat(danish).as("%s uses %s", template, matcher.group(1)).containsKey(matcher.group(1));
			}
		}
	}

	@Test
	void everyBenefitCategoryAndTargetGroupHasALabel() {
		for (var type : BenefitType.values()) {
			assertThat(danish).containsKey("citizen.benefitType." + type);
		}
		for (var category : VisitationCategory.values()) {
			assertThat(danish).containsKey("citizen.category." + category);
		}
		for (var group : TargetGroup.values()) {
			assertThat(danish).containsKey("citizen.targetGroup." + group);
		}
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		var literal = new ArrayList<String>();
		for (var template : templates()) {
			var html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			var matcher = TEXT.matcher(html);
			while (matcher.find()) {
				var tag = matcher.group(1);
				var text = matcher.group(2).strip();
				var replaced = tag.contains("th:text=") || tag.contains("th:utext=") || tag.startsWith("<!DOCTYPE");
				if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetter) && !replaced) {
					literal.add(template.getFileName() + ": " + text);
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String resource) {
		var properties = new Properties();
		try (InputStream in = CitizenTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
