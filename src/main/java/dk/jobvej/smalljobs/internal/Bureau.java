package dk.jobvej.smalljobs.internal;

import java.util.UUID;

import dk.jobvej.identity.UnitId;

/**
 * A small-jobs bureau: the external partner that employs referred citizens on companies' small tasks.
 * Its staff are the members of staff with the role PARTNER in its unit.
 *
 * @param slug its part of the public task form's address
 * @param bankAccount registration and account number the companies pay to (on the invoices)
 */
public record Bureau(UUID id, String name, String slug, String cvr, UnitId unit, String street, String postcode,
		String city, String bankAccount, int municipalityCode) {
}
