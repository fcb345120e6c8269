package dk.jobvej.identity;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Changes to the organisation: units and staff. Each change is checked, written to the audit
 * trail (subject {@code unit/<id>} or {@code staff/<id>}, the signed-in administrator as actor)
 * and, for staff, announced as {@link StaffChanged}. When an administrator is signed in, they
 * reach only the units and staff of their own municipality; changes made without a signed-in
 * member of staff (the demo data) are recorded with the actor {@value #SYSTEM_ACTOR}.
 */
public interface Administration {

	/** The shortest password an administrator may give a member of staff. */
	int MINIMUM_PASSWORD_LENGTH = 12;

	/** BCrypt reads no further than this many bytes (UTF-8) of a password. */
	int MAXIMUM_PASSWORD_BYTES = 72;

	/** The actor recorded in the audit trail for changes made by Jobvej itself. */
	String SYSTEM_ACTOR = "system";

	/** Creates a unit; its name is unique within the municipality. */
	UnitId createUnit(String name, @Nullable UnitId parent, int municipalityCode);

	/**
	 * Renames a unit and/or moves it under another unit of the same municipality (never under
	 * itself or one of its own sub-units).
	 */
	void changeUnit(UnitId unit, UnitChange change);

	/**
	 * Hires a member of staff into a unit with their roles. The password is hashed with BCrypt;
	 * the admin pages and the API require at least {@value #MINIMUM_PASSWORD_LENGTH} characters,
	 * only the demo users get a shorter one.
	 */
	StaffId hire(NewStaffMember member);

	/** Changes name, e-mail, unit and roles of a member of staff. */
	void change(StaffId staff, StaffChange change);

	/** A deactivated member of staff can no longer sign in, in any way. */
	void deactivate(StaffId staff);

	void activate(StaffId staff);

	/** Gives a member of staff a new password of at least {@value #MINIMUM_PASSWORD_LENGTH} characters. */
	void resetPassword(StaffId staff, String password);

	/** Lifts a lock-out after too many failed logins before it runs out by itself. */
	void unlock(StaffId staff);

	/** The units of a municipality with their versions, by name. */
	List<VersionedUnit> versionedUnits(int municipalityCode);

	Optional<VersionedUnit> versionedUnit(UnitId unit);

	/**
	 * Staff of a municipality, active or not, by name; optionally only those of one unit or with
	 * one role.
	 */
	List<StaffAccount> accounts(int municipalityCode, @Nullable UnitId unit, @Nullable Role role);

	Optional<StaffAccount> account(StaffId staff);

}
