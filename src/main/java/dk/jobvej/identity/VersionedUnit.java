package dk.jobvej.identity;

/**
 * A unit with the version an administrator changes it from (optimistic locking).
 *
 * @param unit the unit
 * @param version its current version
 */
public record VersionedUnit(OrganisationalUnit unit, int version) {

	public UnitId id() {
		return unit.id();
	}

}
