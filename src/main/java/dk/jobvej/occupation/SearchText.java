package dk.jobvej.occupation;

/**
 * Search text from users, made safe to search with: control characters (NUL included, which
 * PostgreSQL refuses in text) become spaces, white space is collapsed and the text is cut to
 * {@link #MAX_LENGTH} characters. Queries always pass it as a bind parameter and through
 * {@code websearch_to_tsquery}, which accepts any text without a syntax error.
 */
public final class SearchText {

	/** The longest text searched for; longer input is cut. */
	public static final int MAX_LENGTH = 200;

	private SearchText() {
	}

	public static String clean(String text) {
		var cleaned = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
		var space = false;
		for (var i = 0; i < text.length() && cleaned.length() < MAX_LENGTH; i++) {
			var c = text.charAt(i);
			if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)) {
				space = cleaned.length() > 0;
				continue;
			}
			if (space) {
				cleaned.append(' ');
				space = false;
			}
			cleaned.append(c);
		}
		return cleaned.toString();
	}

}
