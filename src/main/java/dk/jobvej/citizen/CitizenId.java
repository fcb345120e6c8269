package dk.jobvej.citizen;

import java.util.UUID;

/** Identifies a citizen inside Jobvej; unlike the CPR number it may appear in URLs and logs. */
public record CitizenId(UUID value) {

	public static CitizenId of(String value) {
		return new CitizenId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
