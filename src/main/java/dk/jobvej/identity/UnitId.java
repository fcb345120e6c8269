package dk.jobvej.identity;

import java.util.UUID;

/** Identifies an organisational unit (enhed), such as Job- og Aktivhuset. */
public record UnitId(UUID value) {

	public static UnitId of(String value) {
		return new UnitId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
