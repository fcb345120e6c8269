package dk.jobvej.programme;

import java.util.UUID;

/** Identifies a programme or trial. */
public record ProgrammeId(UUID value) {

	public static ProgrammeId of(String value) {
		return new ProgrammeId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
