package dk.jobvej.citizen.internal;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.BenefitPeriodId;
import dk.jobvej.citizen.BenefitType;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A benefit period (ydelsesforløb): which benefit the citizen receives, from which day and to
 * which day (both included). A period without an end is running. Part of the {@link Citizen}.
 */
@Table(schema = "citizen", name = "benefit_period")
class BenefitPeriod {

	@Id
	private final UUID id;

	private final BenefitType type;

	private final LocalDate fromDate;

	private @Nullable LocalDate toDate;

	private final int municipalityCode;

	@PersistenceCreator
	BenefitPeriod(UUID id, BenefitType type, LocalDate fromDate, @Nullable LocalDate toDate, int municipalityCode) {
		this.id = id;
		this.type = type;
		this.fromDate = fromDate;
		this.toDate = toDate;
		this.municipalityCode = municipalityCode;
	}

	BenefitPeriodId id() {
		return new BenefitPeriodId(id);
	}

	BenefitType type() {
		return type;
	}

	LocalDate from() {
		return fromDate;
	}

	@Nullable LocalDate to() {
		return toDate;
	}

	boolean running() {
		return toDate == null;
	}

	/** Whether the period includes the day. */
	boolean covers(LocalDate day) {
		return !day.isBefore(fromDate) && (toDate == null || !day.isAfter(toDate));
	}

	/** Whether the period shares at least one day with {@code from}–{@code to} (null: open). */
	boolean overlaps(LocalDate from, @Nullable LocalDate to) {
		var startsBeforeOtherEnds = to == null || !fromDate.isAfter(to);
		var endsAfterOtherStarts = toDate == null || !toDate.isBefore(from);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

	void end(LocalDate lastDay) {
		this.toDate = lastDay;
	}

	int municipalityCode() {
		return municipalityCode;
	}

}
