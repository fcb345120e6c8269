package dk.jobvej.rehab;

import java.util.UUID;

/** Identifies a case of the rehabilitation team (or, after 2026, a case about flexjob or disability pension). */
public record RehabCaseId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
