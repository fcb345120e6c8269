package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An invoice from the bureau to a company for one month's hours of small jobs: each line one ISO week of
 * one small job, the hours times the hourly price (the agreement's wage and the bureau's rate).
 */
public record InvoiceDraft(int number, LocalDate issuedOn, LocalDate dueOn, YearMonth month, Bureau supplier,
		Customer customer, List<Line> lines, int vatPercent) {

	public InvoiceDraft {
		lines = List.copyOf(lines);
	}

	/** The sum of the lines before VAT. */
	public BigDecimal net() {
		return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** VAT on the net amount, rounded half up to øre. */
	public BigDecimal vat() {
		return net().multiply(BigDecimal.valueOf(vatPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	public BigDecimal total() {
		return net().add(vat());
	}

	/** The company invoiced; a public employer has an EAN/GLN number. */
	public record Customer(String name, String cvr, @Nullable String ean, String street, String postcode, String city,
			String contactName) {
	}

	/** One week of one small job. */
	public record Line(String description, LocalDate weekStart, BigDecimal hours, BigDecimal hourlyPrice) {

		/** Hours times price, rounded half up to øre. */
		public BigDecimal amount() {
			return hours.multiply(hourlyPrice).setScale(2, RoundingMode.HALF_UP);
		}

		public LocalDate weekEnd() {
			return weekStart.plusDays(6);
		}

	}

}
