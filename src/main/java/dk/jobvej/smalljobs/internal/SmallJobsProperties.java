package dk.jobvej.smalljobs.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the small-jobs bureau (local practice and contract terms, not law).
 *
 * @param minimumHours the fewest hours a week of a small job: 5 ("et lille job med mening er altid
 *     mindst 5 timer om ugen", seed 000)
 * @param maturingWeeks the longest preparation (modning) before a small job: 4 ("op til fire ugers
 *     modning", seed 000)
 * @param paymentDays the days from an invoice to its due date
 * @param vatPercent VAT (moms) on the bureau's invoices, per cent
 * @param reportsPerHour how many tasks one address may report on the public form in an hour
 */
@ConfigurationProperties("jobvej.smalljobs")
public record SmallJobsProperties(@DefaultValue("5") int minimumHours, @DefaultValue("4") int maturingWeeks,
		@DefaultValue("30") int paymentDays, @DefaultValue("25") int vatPercent,
		@DefaultValue("10") int reportsPerHour) {
}
