package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A small job: the bureau employs a referred citizen on a company's task, with the wage of the task's
 * collective agreement and the bureau's rate fixed on the first day.
 *
 * @param mentor the bureau's member of staff who supports the citizen
 */
public record Employment(UUID id, UUID referral, UUID task, String mentor, int hoursPerWeek,
		BigDecimal hourlyWage, BigDecimal bureauRate, LocalDate startedOn, @Nullable LocalDate endedOn,
		@Nullable EndReason endReason) {

	/** What the company pays an hour before VAT: the wage and the bureau's rate. */
	public BigDecimal hourlyPrice() {
		return hourlyWage.add(bureauRate);
	}

}
