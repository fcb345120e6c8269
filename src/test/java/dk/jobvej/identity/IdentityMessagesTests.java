package dk.jobvej.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity module's texts: Danish and English have the same keys, every key a template asks
 * for exists, and the templates carry no literal text of their own.
 */
class IdentityMessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/identity");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<>]*[\\p{L}\\p{N}][^<>]*)<");

	@Test
	void danishAndEnglishHaveTheSameKeys() {
		var danish = load("i18n/identity.properties");
		var english = load("i18n/identity_en.properties");

		assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(danish.stringPropertyNames()));
		danish.stringPropertyNames()
			.forEach(key -> assertThat(danish.getProperty(key)).as(key).isNotBlank().isNotEqualTo(key));
	}

	@Test
	void everyKeyATemplateAsksForExists() throws IOException {
		var known = new TreeSet<String>();
		for (var bundle : List.of("i18n/identity.properties", "i18n/platform.properties")) {
			known.addAll(load(bundle).stringPropertyNames());
		}
		var missing = new ArrayList<String>();
		for (var template : templates()) {
			var matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		var literals = new ArrayList<String>();
		for (var template : templates()) {
			var html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			var matcher = TEXT_BETWEEN_TAGS.matcher(html);
			while (matcher.find()) {
				literals.add(template.getFileName() + ": " + matcher.group(1).strip());
			}
		}
		assertThat(literals).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String resource) {
		var properties = new Properties();
		try (InputStream in = IdentityMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
