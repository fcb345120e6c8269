package dk.jobvej.testing;

import java.util.Random;

/**
 * Search text as an attacker or a careless paste might send it: SQL and HTML fragments, full-text
 * query syntax, control characters (NUL included), quotes, emoji and very long strings, mixed into
 * ordinary Danish words. For property-style tests over a seeded {@link Random}.
 */
public final class UntrustedText {

	private static final String[] WORDS = { "sygeplejerske", "lager", "kok", "rengøring", "chauffør", "pædagog",
			"butik", "ø", "æble", "Aalborg", "java" };

	private static final String[] FRAGMENTS = { "'; drop table occupation.title; --", "\" or 1=1 --", "' or ''='",
			"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;&lt;", "\u0000", "\u001b[31m", "\r\n",
			"\t", "!", "&", "|", ":*", "(", ")", "<->", "\\", "%", "_", "'", "\"", "🙂", "\uD800", "--", "/*", "*/",
			";", "$1", "?", "{}", "[]" };

	private UntrustedText() {
	}

	public static String generate(Random random) {
		var text = new StringBuilder();
		var parts = 1 + random.nextInt(6);
		for (var i = 0; i < parts; i++) {
			text.append(random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)]
					: FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
			if (random.nextBoolean()) {
				text.append(' ');
			}
		}
		if (random.nextInt(5) == 0) {
			var repeat = 1 + random.nextInt(5000);
			text.append("a".repeat(repeat));
		}
		return text.toString();
	}

}
