package dk.jobvej.survey.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A one-time answer code: ten characters from an alphabet without look-alikes (no 0/O, 1/I), about
 * 50 bits from a {@link SecureRandom}, shown as two groups of five ({@code K7QMX-RP2WA}). Only
 * its SHA-256 hash is stored. Input is forgiving: case, spaces and hyphens do not matter.
 */
final class AnswerCode {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String value;

	private AnswerCode(String value) {
		this.value = value;
	}

	static AnswerCode random() {
		var code = new StringBuilder(LENGTH);
		for (var i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new AnswerCode(code.toString());
	}

	/** The code typed or linked, if it has the form of a code at all. */
	static @Nullable AnswerCode parse(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		var plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return null;
		}
		return new AnswerCode(plain);
	}

	/** As printed and shown: two groups of five. */
	String formatted() {
		return value.substring(0, 5) + "-" + value.substring(5);
	}

	/** As in a link: without the hyphen. */
	String plain() {
		return value;
	}

	byte[] hash() {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "AnswerCode[hidden]";
	}

}
