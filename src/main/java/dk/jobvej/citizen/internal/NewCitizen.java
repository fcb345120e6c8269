package dk.jobvej.citizen.internal;

import dk.jobvej.citizen.Address;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to register a citizen.
 *
 * @param cpr the CPR number as typed, with or without the dash
 * @param primaryContact the primary contact person; the registering member of staff if null
 */
public record NewCitizen(String cpr, String givenName, String familyName, Address address, UnitId unit,
		@Nullable StaffId primaryContact) {
}
