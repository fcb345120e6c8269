package dk.jobvej.identity;

import org.jspecify.annotations.Nullable;

/** Changes to the organisation: units and staff. Each change is checked and audited. */
public interface Administration {

	/** Creates a unit; its name is unique within the municipality. */
	UnitId createUnit(String name, @Nullable UnitId parent, int municipalityCode);

	/** Hires a member of staff into a unit with their roles. */
	StaffId hire(NewStaffMember member);

}
