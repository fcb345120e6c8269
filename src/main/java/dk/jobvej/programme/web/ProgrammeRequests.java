package dk.jobvej.programme.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.CitizenId;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.identity.StaffId;
import dk.jobvej.plan.OfferType;
import dk.jobvej.programme.Clause;
import dk.jobvej.programme.DeferralReason;
import dk.jobvej.programme.ExitDestination;
import dk.jobvej.programme.GrantRule;
import dk.jobvej.programme.ProgrammeDefinition;
import dk.jobvej.programme.ProgrammeImport;
import dk.jobvej.programme.VisitationGroup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the programme API accepts; the services check the rules again. */
final class ProgrammeRequests {

	private static final String REQUIRED = "{programme.validation.required}";

	private static final String TOO_LONG = "{programme.validation.maxLength}";

	private static final String RANGE = "{programme.validation.range}";

	private ProgrammeRequests() {
	}

	/** A value Bean Validation has already required. */
	static <T> T req(@Nullable T value) {
		return java.util.Objects.requireNonNull(value);
	}

	record Define(@NotBlank(message = REQUIRED) @Size(max = 40, message = TOO_LONG) @Nullable String code,
			@NotBlank(message = REQUIRED) @Size(max = 150, message = TOO_LONG) @Nullable String name,
			@NotBlank(message = REQUIRED) @Size(max = 4000, message = TOO_LONG) @Nullable String methods,
			@NotNull(message = REQUIRED) @Nullable LocalDate startsOn,
			@NotNull(message = REQUIRED) @Nullable LocalDate endsOn,
			@NotNull(message = REQUIRED) @Nullable LocalDate selectionOn, @Nullable Boolean randomised,
			@Nullable Boolean visitationGroups,
			@Min(value = 0, message = RANGE) @Max(value = 10_000_000_000L, message = RANGE) @Nullable Long budgetBase,
			@Min(value = 0, message = RANGE) @Max(value = 10_000_000_000L, message = RANGE) @Nullable Long budgetActivity,
			@NotBlank(message = REQUIRED) @Size(max = 500, message = TOO_LONG) @Nullable String source,
			@NotEmpty(message = REQUIRED) @Size(max = 10, message = TOO_LONG) @Nullable List<@Valid ClauseRequest> clauses,
			@Valid @Nullable GrantRequest grantRule) {

		ProgrammeDefinition definition(int municipalityCode) {
			return new ProgrammeDefinition(municipalityCode, req(code).strip(), req(name).strip(), req(methods).strip(),
					req(startsOn), req(endsOn), req(selectionOn), Boolean.TRUE.equals(randomised),
					Boolean.TRUE.equals(visitationGroups), budgetBase == null ? 0 : budgetBase,
					budgetActivity == null ? 0 : budgetActivity, req(source).strip(),
					req(clauses).stream().map(ClauseRequest::clause).toList(),
					grantRule == null ? null : grantRule.rule());
		}

	}

	record ClauseRequest(@NotEmpty(message = REQUIRED) @Nullable Set<BenefitType> benefits,
			@Nullable VisitationCategory category,
			@Min(value = 0, message = RANGE) @Max(value = 120, message = RANGE) @Nullable Integer minAge,
			@Min(value = 0, message = RANGE) @Max(value = 600, message = RANGE) @Nullable Integer minSupportMonths,
			@Min(value = 0, message = RANGE) @Max(value = 3650, message = RANGE) @Nullable Integer maxInterruptionDays,
			@Min(value = 0, message = RANGE) @Max(value = 120,
					message = RANGE) @Nullable Integer integrationProgrammeMonths) {

		Clause clause() {
			return new Clause(req(benefits), category, minAge, minSupportMonths, maxInterruptionDays,
					integrationProgrammeMonths);
		}

	}

	record GrantRequest(
			@NotNull(message = REQUIRED) @Min(value = 0, message = RANGE) @Max(value = 10_000_000,
					message = RANGE) @Nullable Long startAmount,
			@NotNull(message = REQUIRED) @Min(value = 0, message = RANGE) @Max(value = 10_000_000,
					message = RANGE) @Nullable Long completionAmount,
			@NotNull(message = REQUIRED) @Min(value = 0, message = RANGE) @Max(value = 10_000_000,
					message = RANGE) @Nullable Long capPerCitizen,
			@NotNull(message = REQUIRED) @Min(value = 1, message = RANGE) @Max(value = 104,
					message = RANGE) @Nullable Integer courseWeeks,
			@NotEmpty(message = REQUIRED) @Nullable Set<OfferType> offerTypes) {

		GrantRule rule() {
			return new GrantRule(req(startAmount), req(completionAmount), req(capPerCitizen), req(courseWeeks),
					req(offerTypes));
		}

	}

	record Randomise(@NotNull(message = REQUIRED) @Nullable Long seed,
			@NotNull(message = REQUIRED) @Min(value = 1, message = RANGE) @Nullable Integer participants,
			@Nullable Boolean stratified) {
	}

	record Visit(@NotNull(message = REQUIRED) @Nullable UUID citizen,
			@NotNull(message = REQUIRED) @Nullable VisitationGroup group,
			@NotNull(message = REQUIRED) @Nullable LocalDate decidedOn, @Nullable LocalDate revisitOn,
			@Nullable DeferralReason deferralReason, @Nullable UUID jobMediator) {

		ProgrammeImport.Visit visit() {
			return new ProgrammeImport.Visit(new CitizenId(req(citizen)), req(group), req(decidedOn), revisitOn, deferralReason,
					jobMediator == null ? null : new StaffId(jobMediator));
		}

	}

	record Exit(@NotNull(message = REQUIRED) @Nullable UUID citizen,
			@NotNull(message = REQUIRED) @Nullable LocalDate exitedOn,
			@NotNull(message = REQUIRED) @Nullable ExitDestination destination) {

		ProgrammeImport.Exit exit() {
			return new ProgrammeImport.Exit(new CitizenId(req(citizen)), req(exitedOn), req(destination));
		}

	}

	record Payment(@NotNull(message = REQUIRED) @Nullable LocalDate receivedOn,
			@NotNull(message = REQUIRED) @Min(value = 1, message = RANGE) @Max(value = 10_000_000_000L,
					message = RANGE) @Nullable Long amount,
			@NotBlank(message = REQUIRED) @Size(max = 300, message = TOO_LONG) @Nullable String note) {

		ProgrammeImport.Payment payment() {
			return new ProgrammeImport.Payment(req(receivedOn), req(amount), req(note).strip());
		}

	}

}
