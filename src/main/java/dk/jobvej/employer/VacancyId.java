package dk.jobvej.employer;

import java.util.UUID;

/** Identifies a vacancy inside Jobvej. */
public record VacancyId(UUID value) {

	public static VacancyId of(String value) {
		return new VacancyId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
