package dk.jobvej.results.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.identity.Organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-time persons of the municipality as last computed, a year at a time, with the share of the
 * labour force, and the benchmark sets to compare with.
 */
@Service
@Transactional(readOnly = true)
public class FteReport {

	private final Refresh refresh;

	private final BenefitSpans spans;

	private final LabourForces labourForces;

	private final Organisation organisation;

	private final ResultsProperties properties;

	private final Clock clock;

	FteReport(Refresh refresh, BenefitSpans spans, LabourForces labourForces, Organisation organisation,
			ResultsProperties properties, Clock clock) {
		this.refresh = refresh;
		this.spans = spans;
		this.labourForces = labourForces;
		this.organisation = organisation;
		this.properties = properties;
		this.clock = clock;
	}

	public FteYear mine(int year) {
		return of(organisation.signedIn().municipalityCode(), year);
	}

	/**
	 * The year's complete months, per benefit, counted now from the benefit periods, with totals and
	 * the share of the labour force.
	 */
	public FteYear of(int municipalityCode, int year) {
		var lastComplete = YearMonth.now(clock).minusMonths(1);
		var last = YearMonth.of(year, 12).isAfter(lastComplete) ? lastComplete : YearMonth.of(year, 12);
		var months = new ArrayList<YearMonth>();
		FteTable table;
		if (last.getYear() < year) {
			table = new FteTable(YearMonth.of(year, 1), 12, empty());
		}
		else {
			var counted = refresh.fullTimePersons(municipalityCode, YearMonth.of(year, 1), last);
			for (var month = YearMonth.of(year, 1); !month.isAfter(last); month = month.plusMonths(1)) {
				months.add(month);
			}
			var persons = empty();
			for (var type : BenefitType.values()) {
				for (var month : months) {
					persons.get(type)[month.getMonthValue() - 1] = counted.of(type, month);
				}
			}
			table = new FteTable(YearMonth.of(year, 1), 12, persons);
		}
		var labourForce = labourForces.forYear(municipalityCode, year);
		return new FteYear(year, months, table, labourForce.orElse(null), refresh.refreshedAt(municipalityCode).orElse(null),
				years(municipalityCode));
	}

	/** The years that can have figures: from the first benefit day (at most the configured years back) to this year. */
	private List<Integer> years(int municipalityCode) {
		var now = YearMonth.now(clock).minusMonths(1).getYear();
		var first = Math.max(spans.firstYear(municipalityCode).orElse(now), now - properties.years());
		var years = new ArrayList<Integer>();
		for (var year = now; year >= first; year--) {
			years.add(year);
		}
		return years;
	}

	/** The year of the latest complete month. */
	public int latestYear(int municipalityCode) {
		return YearMonth.now(clock).minusMonths(1).getYear();
	}

	private static EnumMap<BenefitType, double[]> empty() {
		var persons = new EnumMap<BenefitType, double[]>(BenefitType.class);
		for (var type : BenefitType.values()) {
			persons.put(type, new double[12]);
		}
		return persons;
	}

	/**
	 * A year of full-time persons: the months with figures, the table, and the labour force used
	 * for the share (that year's, or the nearest year's).
	 */
	public record FteYear(int year, List<YearMonth> months, FteTable table,
			LabourForces.@Nullable LabourForce labourForce, @Nullable Instant refreshedAt, List<Integer> years) {

		/** The share of the labour force on public support in the month, in per cent. */
		public Optional<Double> share(YearMonth month) {
			return labourForce == null ? Optional.empty()
					: Optional.of(100 * table.total(month) / labourForce.persons());
		}

		/** The latest month with figures. */
		public Optional<YearMonth> latest() {
			return months.isEmpty() ? Optional.empty() : Optional.of(months.getLast());
		}

		/** The full-time persons on the benefit in the month, rounded to whole persons as the seed prints them. */
		public BigDecimal rounded(BenefitType type, YearMonth month) {
			return BigDecimal.valueOf(table.of(type, month)).setScale(0, java.math.RoundingMode.HALF_UP);
		}

	}

}
