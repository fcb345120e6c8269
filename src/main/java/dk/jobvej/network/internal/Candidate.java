package dk.jobvej.network.internal;

import java.util.UUID;

/** A graduate or student in a partner's pool. */
public record Candidate(UUID id, UUID partner, String name, EducationLevel educationLevel, String field, Stage stage,
		int homeMunicipality) {
}
