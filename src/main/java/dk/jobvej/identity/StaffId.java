package dk.jobvej.identity;

import java.util.UUID;

/** Identifies a member of staff (medarbejder). */
public record StaffId(UUID value) {

	public static StaffId of(String value) {
		return new StaffId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
