package dk.jobvej.citizen.internal;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.identity.UnitId;

/**
 * A citizen as a line of a worklist or of search results: name, masked CPR number and unit.
 *
 * @param accessible whether the member of staff may open the citizen's page without stating a reason
 */
public record CitizenSummary(CitizenId id, String name, String maskedCpr, UnitId unit, String unitName,
		boolean accessible) {
}
