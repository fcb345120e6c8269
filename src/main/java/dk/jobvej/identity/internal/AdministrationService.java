package dk.jobvej.identity.internal;

import java.util.List;
import java.util.Optional;

import dk.jobvej.identity.Administration;
import dk.jobvej.identity.NewStaffMember;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffAccount;
import dk.jobvej.identity.StaffChange;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitChange;
import dk.jobvej.identity.UnitId;
import dk.jobvej.identity.VersionedUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of the organisation, one transaction per change: the change, its audit
 * entry and its event are stored together or not at all.
 */
@Service
@Transactional
class AdministrationService implements Administration {

	private final UnitAdministration units;

	private final StaffAdministration staff;

	AdministrationService(UnitAdministration units, StaffAdministration staff) {
		this.units = units;
		this.staff = staff;
	}

	@Override
	public UnitId createUnit(String name, @Nullable UnitId parent, int municipalityCode) {
		return units.create(name, parent, municipalityCode);
	}

	@Override
	public void changeUnit(UnitId unit, UnitChange change) {
		units.change(unit, change);
	}

	@Override
	public StaffId hire(NewStaffMember member) {
		return staff.hire(member);
	}

	@Override
	public void change(StaffId member, StaffChange change) {
		staff.change(member, change);
	}

	@Override
	public void deactivate(StaffId member) {
		staff.deactivate(member);
	}

	@Override
	public void activate(StaffId member) {
		staff.activate(member);
	}

	@Override
	public void resetPassword(StaffId member, String password) {
		staff.resetPassword(member, password);
	}

	@Override
	public void unlock(StaffId member) {
		staff.unlock(member);
	}

	@Override
	@Transactional(readOnly = true)
	public List<VersionedUnit> versionedUnits(int municipalityCode) {
		return units.versioned(municipalityCode);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<VersionedUnit> versionedUnit(UnitId unit) {
		return units.versioned(unit);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffAccount> accounts(int municipalityCode, @Nullable UnitId unit, @Nullable Role role) {
		return staff.accounts(municipalityCode, unit, role);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StaffAccount> account(StaffId member) {
		return staff.account(member);
	}

}
