package dk.jobvej.identity.web;

import java.util.Random;

/**
 * Generates text a name field must refuse: too long, or with markup or control characters hidden
 * among ordinary Danish letters.
 */
final class HostileText {

	private static final String ORDINARY = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ -'.";

	private static final String[] HOSTILE = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\u0000",
			"\u001b[31m", "\r\n", "\t", "<", ">", "\u007f" };

	private HostileText() {
	}

	static String generate(Random random) {
		var text = new StringBuilder();
		var length = 1 + random.nextInt(60);
		for (int i = 0; i < length; i++) {
			text.append(ORDINARY.charAt(random.nextInt(ORDINARY.length())));
		}
		if (random.nextInt(4) == 0) {
			while (text.length() <= 200) {
				text.append(ORDINARY.charAt(random.nextInt(ORDINARY.length())));
			}
			return "X" + text;
		}
		var hostile = HOSTILE[random.nextInt(HOSTILE.length)];
		text.insert(random.nextInt(text.length() + 1), hostile);
		return "X" + text + "X";
	}

}
