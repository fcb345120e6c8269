package dk.jobvej.results.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import dk.jobvej.results.Measure;

import org.jspecify.annotations.Nullable;

/**
 * One counted thing of a measure: in a month (and, for a stock, up to a last month), in a unit,
 * for a citizen's pseudonym when distinct citizens are counted. It counts from {@code knownFrom}.
 *
 * @param sourceKey what it was recorded from, unique per measure, so recording twice changes nothing
 */
public record Fact(Measure measure, String sourceKey, int municipalityCode, @Nullable UUID unit,
		@Nullable UUID subject, YearMonth month, @Nullable YearMonth lastMonth, LocalDate knownFrom) {

	/** A flow: one thing in one month, known at once. */
	public static Fact flow(Measure measure, String sourceKey, int municipalityCode, @Nullable UUID unit,
			@Nullable UUID subject, YearMonth month) {
		return new Fact(measure, sourceKey, municipalityCode, unit, subject, month, month, month.atDay(1));
	}

	/** A stock: something that runs from one month to another (null: still running). */
	public static Fact stock(Measure measure, String sourceKey, int municipalityCode, @Nullable UUID unit,
			@Nullable UUID subject, YearMonth first, @Nullable YearMonth last) {
		return new Fact(measure, sourceKey, municipalityCode, unit, subject, first, last, first.atDay(1));
	}

}
