package dk.jobvej.youth;

import java.util.UUID;

/** Identifies an education order (uddannelsespålæg). */
public record EducationOrderId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
