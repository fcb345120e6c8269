package dk.jobvej.portal;

/**
 * A module's entry on the front page of Min side: a heading and a line of text (message keys)
 * and the path of the module's page under {@code /min-side/}. The front page shows the links in
 * ascending {@code order}.
 */
public record MinSideLink(String titleKey, String textKey, String path, int order) {

	public MinSideLink {
		if (!path.startsWith("/min-side/")) {
			throw new IllegalArgumentException("Min side pages live under /min-side/: " + path);
		}
	}

}
