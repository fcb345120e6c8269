package dk.jobvej.smalljobs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One rule of payment by results: the amount paid per event of a kind, from a day until the kind's next
 * rule.
 *
 * @param afterWeeks for {@link ResultKind#RETAINED}: the weeks after the start
 * @param resultsBased whether the amount is the part of the pay that depends on results
 */
public record ResultRule(ResultKind kind, LocalDate validFrom, BigDecimal amount, @Nullable Integer afterWeeks,
		boolean resultsBased) {
}
