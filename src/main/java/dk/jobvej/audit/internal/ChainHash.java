package dk.jobvej.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import dk.jobvej.audit.AuditRecord;

/** The SHA-256 link of the audit chain: an entry's content and the hash of the entry before it. */
final class ChainHash {

	/** The previous hash of the very first entry. */
	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	/** Timestamps are kept to the microsecond, as PostgreSQL stores them. */
	static Instant truncate(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	static String of(Instant at, AuditRecord record, String previousHash) {
		var content = String.join("\u001f", String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, truncate(at))),
				record.actor(), record.action().name(), record.subject(), record.what(),
				record.why() == null ? "" : record.why(), String.valueOf(record.municipalityCode()), previousHash);
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
