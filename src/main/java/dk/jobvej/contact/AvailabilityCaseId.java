package dk.jobvej.contact;

import java.util.UUID;

/** Identifies an availability case (rådighedssag) opened after a no-show without a valid reason. */
public record AvailabilityCaseId(UUID value) {

	public static AvailabilityCaseId of(String value) {
		return new AvailabilityCaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
