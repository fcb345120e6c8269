package dk.jobvej.employer;

import java.util.UUID;

/** Identifies a placement inside Jobvej. */
public record PlacementId(UUID value) {

	public static PlacementId of(String value) {
		return new PlacementId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
