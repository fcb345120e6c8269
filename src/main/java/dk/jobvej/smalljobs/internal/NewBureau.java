package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;

import dk.jobvej.identity.UnitId;

/** A bureau to register: its name, the slug of its public form, CVR, the unit of its staff, address, bank account and hourly rate. */
public record NewBureau(String name, String slug, String cvr, UnitId unit, String street, String postcode,
		String city, String bankAccount, BigDecimal hourlyRate) {
}
