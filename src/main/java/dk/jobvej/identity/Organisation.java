package dk.jobvej.identity;

import java.util.List;
import java.util.Optional;

/** The jobcenter's organisation as other modules see it: who is signed in, staff and units. */
public interface Organisation {

	/** The member of staff behind the current request, if a member of staff is signed in. */
	Optional<StaffMember> current();

	/** The member of staff behind the current request; access is denied if there is none. */
	StaffMember signedIn();

	Optional<StaffMember> staffMember(StaffId id);

	Optional<StaffMember> staffMember(String username);

	List<StaffMember> staffOf(UnitId unit);

	Optional<OrganisationalUnit> unit(UnitId id);

	/** All units of a municipality, by name. */
	List<OrganisationalUnit> units(int municipalityCode);

}
