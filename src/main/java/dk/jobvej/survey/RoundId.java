package dk.jobvej.survey;

import java.util.UUID;

/** Identifies a survey round (måling). */
public record RoundId(UUID value) {

	public static RoundId of(String value) {
		return new RoundId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
