package dk.jobvej.citizen;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * What has happened to a citizen over time, without name or CPR number: the facts other modules
 * compute from (when the next conversation is due, full-time persons, programme selection).
 *
 * @param birthDate from the CPR number
 * @param benefits the benefit periods (ydelsesforløb), oldest first
 * @param visitations the visitation decisions, oldest first, each in force from its day
 * @param targetGroup the target group derived on the day the history was read; null while undetermined
 */
public record CitizenHistory(CitizenId id, int municipalityCode, UnitId unit, @Nullable StaffId primaryContact,
		LocalDate birthDate, List<Benefit> benefits, List<Visitation> visitations, @Nullable TargetGroup targetGroup) {

	public CitizenHistory {
		benefits = List.copyOf(benefits);
		visitations = List.copyOf(visitations);
	}

	/** The benefit running on the day; of overlapping periods, the one that started last. */
	public Optional<Benefit> benefitOn(LocalDate day) {
		return benefits.stream()
			.filter(benefit -> benefit.covers(day))
			.max(Comparator.comparing(Benefit::from).thenComparing(Benefit::type));
	}

	/** The visitation category in force on the day. */
	public Optional<VisitationCategory> categoryOn(LocalDate day) {
		return visitations.stream()
			.filter(visitation -> !visitation.from().isAfter(day))
			.reduce((earlier, later) -> later)
			.map(Visitation::category);
	}

	/** The same history with the target group derived on the day it was read. */
	public CitizenHistory withTargetGroup(@Nullable TargetGroup derived) {
		return new CitizenHistory(id, municipalityCode, unit, primaryContact, birthDate, benefits, visitations,
				derived);
	}

	public int ageOn(LocalDate day) {
		return Period.between(birthDate, day).getYears();
	}

	/** A benefit period; {@code to} is null while it runs. */
	public record Benefit(BenefitType type, LocalDate from, @Nullable LocalDate to) {

		public boolean covers(LocalDate day) {
			return !day.isBefore(from) && (to == null || !day.isAfter(to));
		}

	}

	/** A visitation decision: the category from the day it was decided. */
	public record Visitation(VisitationCategory category, LocalDate from) {
	}

}
