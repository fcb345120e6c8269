package dk.jobvej.citizen.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import dk.jobvej.citizen.Address;
import dk.jobvej.citizen.BenefitPeriodId;
import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.TargetGroup;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.StaffId;
import dk.jobvej.identity.UnitId;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's case as a caseworker sees it, with the CPR number masked.
 *
 * @param cprPassesModulus11 false is a warning: numbers issued since 2007 need not pass
 * @param targetGroup derived from the current benefit by the rules in force today; null while undetermined
 * @param categoryFitsBenefit whether the current category is one the current benefit allows
 * @param visitationHistory newest first
 * @param allowedCategories what the visitation form offers today
 * @param version what a change must quote to prove it saw the latest state
 */
public record CitizenView(CitizenId id, String maskedCpr, boolean cprPassesModulus11, String givenName,
		String familyName, Address address, LocalDate birthDate, int age, int municipalityCode, UnitId unit,
		String unitName, @Nullable StaffId primaryContact, @Nullable String primaryContactName,
		List<Period> benefitPeriods, @Nullable BenefitType currentBenefit, @Nullable TargetGroup targetGroup,
		@Nullable VisitationCategory category, boolean categoryFitsBenefit, List<Decision> visitationHistory,
		Set<VisitationCategory> allowedCategories, @Nullable Integer version) {

	public String name() {
		return givenName + " " + familyName;
	}

	/** A benefit period (ydelsesforløb); {@code to} is null while it runs. */
	public record Period(BenefitPeriodId id, BenefitType type, LocalDate from, @Nullable LocalDate to, boolean current) {

		public boolean running() {
			return to == null;
		}

	}

	/** A visitation decision: category, when, by whom and why. */
	public record Decision(VisitationCategory category, ZonedDateTime decidedAt, StaffId decidedBy,
			String decidedByName, String reason) {
	}

}
