package dk.jobvej.employer;

import java.util.UUID;

/** Identifies a company inside Jobvej. */
public record CompanyId(UUID value) {

	public static CompanyId of(String value) {
		return new CompanyId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
