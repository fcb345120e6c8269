package dk.jobvej.identity.internal;

import java.util.List;
import java.util.Optional;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.OrganisationalUnit;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.StaffMember;
import dk.jobvej.identity.UnitId;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganisationService implements Organisation {

	private final StaffMembers staff;

	private final Units units;

	private final StaffDirectory directory;

	OrganisationService(StaffMembers staff, Units units, StaffDirectory directory) {
		this.staff = staff;
		this.units = units;
		this.directory = directory;
	}

	@Override
	public Optional<StaffMember> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return staffMember(authentication.getName());
	}

	@Override
	public StaffMember signedIn() {
		return current().orElseThrow(() -> new AccessDeniedException("No member of staff is signed in"));
	}

	@Override
	public Optional<StaffMember> staffMember(StaffId id) {
		return staff.findById(id.value()).map(Staff::view);
	}

	@Override
	public Optional<StaffMember> staffMember(String username) {
		return staff.findByUsername(username).filter(Staff::active).map(Staff::view);
	}

	@Override
	public List<StaffMember> staffOf(UnitId unit) {
		return directory.activeStaffOf(unit);
	}

	@Override
	public Optional<OrganisationalUnit> unit(UnitId id) {
		return units.findById(id.value()).map(Unit::view);
	}

	@Override
	public List<OrganisationalUnit> units(int municipalityCode) {
		return units.findByMunicipalityCodeOrderByName(municipalityCode).stream().map(Unit::view).toList();
	}

}
