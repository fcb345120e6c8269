package dk.jobvej.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/** Reads the demo module's data files from the classpath (UTF-8, {@code #} starts a comment). */
final class Resources {

	private Resources() {
	}

	/** The non-blank lines that are not comments. */
	static List<String> lines(String path) {
		try (var reader = reader(path)) {
			return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lines grouped under {@code [header]} lines, in file order. */
	static Map<String, List<String>> sections(String path) {
		var sections = new LinkedHashMap<String, List<String>>();
		List<String> current = null;
		for (var line : lines(path)) {
			if (line.startsWith("[") && line.endsWith("]")) {
				current = new java.util.ArrayList<>();
				sections.put(line.substring(1, line.length() - 1), current);
			}
			else {
				Objects.requireNonNull(current, () -> path + ": a line before the first section").add(line);
			}
		}
		sections.replaceAll((name, list) -> List.copyOf(list));
		return sections;
	}

	static Properties properties(String path) {
		try (var reader = reader(path)) {
			var properties = new Properties();
			properties.load(reader);
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedReader reader(String path) {
		var stream = Resources.class.getClassLoader().getResourceAsStream(path);
		if (stream == null) {
			throw new IllegalStateException("Missing resource " + path);
		}
		return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
	}

}
