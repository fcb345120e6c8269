package dk.jobvej.citizen.web;

import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.citizen.BenefitType;
import dk.jobvej.citizen.VisitationCategory;
import dk.jobvej.citizen.internal.PlainText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the citizen API and pages accept. The sizes are the database column sizes; the module's
 * aggregates check the same rules again.
 */
final class CitizenRequests {

	private CitizenRequests() {
	}

	record CreateCitizen(@NotBlank(message = "{citizen.validation.required}") @Size(max = 11,
			message = "{citizen.cpr.format}") @Nullable String cpr,
			@NotBlank(message = "{citizen.validation.required}") @Size(max = 100,
					message = "{citizen.validation.tooLong}") @PlainText @Nullable String givenName,
			@NotBlank(message = "{citizen.validation.required}") @Size(max = 100,
					message = "{citizen.validation.tooLong}") @PlainText @Nullable String familyName,
			@Size(max = 200, message = "{citizen.validation.tooLong}") @PlainText @Nullable String street,
			@Size(max = 10, message = "{citizen.validation.tooLong}") @PlainText @Nullable String postcode,
			@Size(max = 100, message = "{citizen.validation.tooLong}") @PlainText @Nullable String city,
			@NotNull(message = "{citizen.validation.required}") @Nullable UUID unit, @Nullable UUID primaryContact) {
	}

	record Search(@Size(max = 11, message = "{citizen.cpr.format}") @Nullable String cpr,
			@Size(max = 100, message = "{citizen.validation.tooLong}") @PlainText @Nullable String name) {
	}

	record StartBenefit(@NotNull(message = "{citizen.validation.required}") @Nullable BenefitType type,
			@NotNull(message = "{citizen.validation.required}") @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable Integer version) {
	}

	record EndBenefit(@NotNull(message = "{citizen.validation.required}") @Nullable LocalDate to,
			@Nullable Integer version) {
	}

	record ChangeVisitation(@NotNull(message = "{citizen.validation.required}") @Nullable VisitationCategory category,
			@NotBlank(message = "{citizen.visitation.reasonRequired}") @Size(max = 1000,
					message = "{citizen.validation.tooLong}") @PlainText @Nullable String reason,
			@Nullable Integer version) {
	}

	/** The citizen's unit and primary contact person, both required (the page's form sends the current ones). */
	record Assign(@NotNull(message = "{citizen.validation.required}") @Nullable UUID unit,
			@NotNull(message = "{citizen.validation.required}") @Nullable UUID primaryContact,
			@Nullable Integer version) {
	}

	record WriteNote(@NotBlank(message = "{citizen.validation.required}") @Size(max = 4000,
			message = "{citizen.validation.tooLong}") @PlainText @Nullable String text) {
	}

	record RequestAccess(@NotBlank(message = "{citizen.access.reasonRequired}") @Size(max = 1000,
			message = "{citizen.validation.tooLong}") @PlainText @Nullable String reason) {
	}

}
