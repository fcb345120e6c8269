package dk.jobvej.rehab;

import java.util.UUID;

/** Identifies a sickness-benefit follow-up case (sygedagpengesag). */
public record SicknessCaseId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
