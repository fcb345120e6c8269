package dk.jobvej.cv.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * A list of codes with a Danish and an English name, read from a semicolon-separated file under
 * {@code cv/} on the class path (lines starting with {@code #} are comments, the first other line
 * is the header {@code code;da;en}).
 */
public final class CodeList {

	private final Map<String, Entry> entries;

	private CodeList(Map<String, Entry> entries) {
		this.entries = entries;
	}

	static CodeList read(String resource) {
		var entries = new LinkedHashMap<String, Entry>();
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			var header = true;
			for (var line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				var parts = line.split(";", -1);
				if (parts.length != 3 || entries.containsKey(parts[0])) {
					throw new IllegalStateException(resource + ": bad or repeated line " + line);
				}
				entries.put(parts[0], new Entry(parts[0], parts[1], parts[2]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new CodeList(Map.copyOf(entries));
	}

	/** A list of the entries given, in their order. */
	static CodeList of(List<Entry> entries) {
		var byCode = new LinkedHashMap<String, Entry>();
		entries.forEach(entry -> byCode.put(entry.code(), entry));
		return new CodeList(Map.copyOf(byCode));
	}

	public Optional<Entry> get(String code) {
		return Optional.ofNullable(entries.get(code));
	}

	public boolean contains(String code) {
		return entries.containsKey(code);
	}

	/** The name in the language asked for (English for "en", else Danish); the code itself if unknown. */
	public String name(String code, Locale locale) {
		return get(code).map(entry -> entry.name(locale)).orElse(code);
	}

	/** Every entry, sorted by its name in the language asked for. */
	public List<Entry> sorted(Locale locale) {
		var all = new ArrayList<>(entries.values());
		var collator = java.text.Collator.getInstance(Locale.forLanguageTag("da"));
		all.sort((a, b) -> collator.compare(a.name(locale), b.name(locale)));
		return all;
	}

	/** A code and its names. */
	public record Entry(String code, String danish, String english) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? english : danish;
		}

	}

}
