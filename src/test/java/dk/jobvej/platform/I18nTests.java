package dk.jobvej.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All text a user reads comes from the message bundles: templates hold no literal text, and
 * every key exists in Danish and in English.
 */
class I18nTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

	@Test
	void everyKeyExistsInDanishAndEnglish() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			var danishBundles = files.filter(f -> !f.getFileName().toString().contains("_")).toList();
			assertThat(danishBundles).isNotEmpty();
			for (var danish : danishBundles) {
				var english = danish.resolveSibling(danish.getFileName().toString().replace(".properties", "_en.properties"));
				var danishKeys = keys(danish);
				var englishKeys = keys(english);
				assertThat(englishKeys).as("keys of %s missing in English", danish).containsAll(danishKeys);
				assertThat(danishKeys).as("keys of %s missing in Danish", english).containsAll(englishKeys);
			}
		}
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		var literals = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (var template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				var document = Jsoup.parse(Files.readString(template));
				for (var element : document.getAllElements()) {
					literals.addAll(literalText(template, element));
				}
			}
		}
		assertThat(literals).as("literal text in templates; use th:text=\"#{…}\"").isEmpty();
	}

	private static List<String> literalText(Path template, Element element) {
		var found = new ArrayList<String>();
		var replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
				|| element.hasAttr("th:insert") || element.hasAttr("sec:authentication")
				|| element.tagName().equals("script") || element.tagName().equals("style");
		if (!replaced) {
			element.childNodes()
				.stream()
				.filter(TextNode.class::isInstance)
				.map(node -> ((TextNode) node).text().strip())
				.filter(text -> text.codePoints().anyMatch(Character::isLetter))
				.forEach(text -> found.add(template + ": <" + element.tagName() + "> " + text));
		}
		for (var attribute : TEXT_ATTRIBUTES) {
			var value = element.attr(attribute);
			if (value.codePoints().anyMatch(Character::isLetter) && !element.hasAttr("th:" + attribute)
					&& !(attribute.equals("value") && !element.attr("type").equals("submit"))) {
				found.add(template + ": " + attribute + "=\"" + value + "\"");
			}
		}
		return found;
	}

	private static Set<String> keys(Path bundle) throws IOException {
		var properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
