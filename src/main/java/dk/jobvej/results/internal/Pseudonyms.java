package dk.jobvej.results.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dk.jobvej.citizen.CitizenId;

import org.springframework.stereotype.Component;

/**
 * Pseudonyms of citizens for counting distinct citizens: HMAC-SHA-256 of the citizen's id under a
 * secret key, cut to 128 bits and kept as a UUID. The same citizen always gets the same pseudonym;
 * without the key nobody can tell which citizen it is.
 */
@Component
class Pseudonyms {

	private final ThreadLocal<Mac> macs;

	Pseudonyms(ResultsProperties properties) {
		var key = new SecretKeySpec(properties.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				var mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				return mac;
			}
			catch (NoSuchAlgorithmException | InvalidKeyException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	UUID of(CitizenId citizen) {
		var hash = hmac(citizen.value().toString());
		var buffer = ByteBuffer.wrap(hash);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	/** A stable key for something about a citizen, such as one of their benefit periods: hex of the HMAC. */
	String key(String text) {
		return HexFormat.of().formatHex(hmac(text));
	}

	private byte[] hmac(String text) {
		return macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
	}

}
