package dk.jobvej.identity;

import org.jspecify.annotations.Nullable;

/**
 * A unit of the jobcenter's organisation, for example Job- og Aktivhuset under
 * Job- og Uddannelsesafdelingen.
 *
 * @param id the unit
 * @param name its Danish name
 * @param parent the unit it belongs to, or null for the top of the organisation
 * @param municipalityCode the municipality (kommunekode) the unit serves, e.g. 851 for Aalborg
 */
public record OrganisationalUnit(UnitId id, String name, @Nullable UnitId parent, int municipalityCode) {
}
