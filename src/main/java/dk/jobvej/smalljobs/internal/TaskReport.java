package dk.jobvej.smalljobs.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A small task as a company reports it: who, what, where, when, hours a week and the collective agreement
 * that sets the wage. A public employer gives its EAN/GLN number.
 */
public record TaskReport(String companyName, String cvr, @Nullable String ean, String contactName,
		String contactEmail, String contactPhone, String title, String description, String street,
		String postcode, String city, LocalDate startsOn, int hoursPerWeek, String agreement) {
}
