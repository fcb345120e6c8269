package dk.jobvej.citizen;

import java.util.List;

import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * A citizen with their history, as a bulk import brings them in (demo data, migration from
 * another case system).
 */
public record ImportedCitizen(CitizenId id, Cpr cpr, String givenName, String familyName, Address address,
		int municipalityCode, UnitId unit, @Nullable StaffId primaryContact, List<ImportedBenefitPeriod> benefits,
		List<ImportedVisitation> visitations) {
}
