package dk.jobvej.identity;

import org.jspecify.annotations.Nullable;

/**
 * A new name and place for a unit.
 *
 * @param name the new name, unique within the municipality
 * @param parent the unit it moves under, or null for the top of the organisation
 * @param version the version of the unit the change was made from; a different current version
 * means someone else changed it in the meantime
 */
public record UnitChange(String name, @Nullable UnitId parent, int version) {
}
