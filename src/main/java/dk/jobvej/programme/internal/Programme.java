package dk.jobvej.programme.internal;

import java.time.LocalDate;

import dk.jobvej.programme.ProgrammeDefinition;
import dk.jobvej.programme.ProgrammeId;

/** A stored programme: its id and definition. */
public record Programme(ProgrammeId id, ProgrammeDefinition definition) {

	public String name() {
		return definition.name();
	}

	public LocalDate startsOn() {
		return definition.startsOn();
	}

	public LocalDate endsOn() {
		return definition.endsOn();
	}

	public int municipalityCode() {
		return definition.municipalityCode();
	}

}
