package dk.jobvej.smalljobs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dk.jobvej.smalljobs.internal.EndReason;
import dk.jobvej.smalljobs.internal.ResultKind;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The request bodies and forms of the small-jobs API and pages, validated before they reach the module. */
final class SmallJobsRequests {

	private SmallJobsRequests() {
	}

	/** A task as a company reports it on the public form (and its fields' limits). */
	record ReportTask(
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 200,
					message = "{smalljobs.validation.tooLong}") @Nullable String companyName,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 12,
					message = "{smalljobs.validation.tooLong}") @Nullable String cvr,
			@Size(max = 17, message = "{smalljobs.validation.tooLong}") @Nullable String ean,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 200,
					message = "{smalljobs.validation.tooLong}") @Nullable String contactName,
			@NotBlank(message = "{smalljobs.validation.required}") @Email(
					message = "{smalljobs.validation.email}") @Size(max = 200,
							message = "{smalljobs.validation.tooLong}") @Nullable String contactEmail,
			@NotBlank(message = "{smalljobs.validation.required}") @Pattern(regexp = "\\+?[0-9 ]{8,20}",
					message = "{smalljobs.validation.phone}") @Nullable String contactPhone,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 200,
					message = "{smalljobs.validation.tooLong}") @Nullable String title,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 2000,
					message = "{smalljobs.validation.tooLong}") @Nullable String description,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 200,
					message = "{smalljobs.validation.tooLong}") @Nullable String street,
			@NotBlank(message = "{smalljobs.validation.required}") @Pattern(regexp = "[0-9]{4}",
					message = "{smalljobs.validation.postcode}") @Nullable String postcode,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 100,
					message = "{smalljobs.validation.tooLong}") @Nullable String city,
			@NotNull(message = "{smalljobs.validation.required}") @Nullable LocalDate startsOn,
			@NotNull(message = "{smalljobs.validation.required}") @Min(value = 1,
					message = "{smalljobs.validation.hours}") @Max(value = 37,
							message = "{smalljobs.validation.hours}") @Nullable Integer hoursPerWeek,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 40,
					message = "{smalljobs.validation.tooLong}") @Nullable String agreement) {

		static ReportTask empty() {
			return new ReportTask(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		}

	}

	record RegisterBureau(@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 200) @Nullable String name,
			@NotBlank(message = "{smalljobs.validation.required}") @Pattern(regexp = "[a-z0-9-]{2,40}",
					message = "{smalljobs.validation.slug}") @Nullable String slug,
			@NotBlank(message = "{smalljobs.validation.required}") @Nullable String cvr,
			@NotNull(message = "{smalljobs.validation.required}") @Nullable UUID unit,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 200) @Nullable String street,
			@NotBlank(message = "{smalljobs.validation.required}") @Pattern(regexp = "[0-9]{4}",
					message = "{smalljobs.validation.postcode}") @Nullable String postcode,
			@NotBlank(message = "{smalljobs.validation.required}") @Size(max = 100) @Nullable String city,
			@NotBlank(message = "{smalljobs.validation.required}") @Pattern(regexp = "[0-9]{4} ?[0-9]{6,10}",
					message = "{smalljobs.validation.account}") @Nullable String bankAccount,
			@NotNull(message = "{smalljobs.validation.required}") @DecimalMin(value = "0",
					message = "{smalljobs.validation.amount}") @DecimalMax(value = "10000",
							message = "{smalljobs.validation.amount}") @Digits(integer = 5, fraction = 2,
									message = "{smalljobs.validation.amount}") @Nullable BigDecimal hourlyRate) {
	}

	record SetRule(@NotNull(message = "{smalljobs.validation.required}") @Nullable ResultKind kind,
			@NotNull(message = "{smalljobs.validation.required}") @Nullable LocalDate validFrom,
			@NotNull(message = "{smalljobs.validation.required}") @DecimalMin(value = "0",
					message = "{smalljobs.validation.amount}") @Digits(integer = 8, fraction = 2,
							message = "{smalljobs.validation.amount}") @Nullable BigDecimal amount,
			@Min(value = 1, message = "{smalljobs.validation.weeks}") @Max(value = 104,
					message = "{smalljobs.validation.weeks}") @Nullable Integer afterWeeks,
			boolean resultsBased) {
	}

	record Refer(@NotNull(message = "{smalljobs.validation.required}") @Nullable UUID citizen,
			@NotNull(message = "{smalljobs.validation.required}") @Nullable UUID bureau,
			@Size(max = 2000, message = "{smalljobs.validation.tooLong}") @Nullable String note) {
	}

	record Decide(@NotNull(message = "{smalljobs.validation.required}") @Nullable Boolean confirm) {
	}

	record StartMaturing(@NotNull(message = "{smalljobs.validation.required}") @Nullable LocalDate from) {
	}

	record Employ(@NotNull(message = "{smalljobs.validation.required}") @Nullable UUID task,
			@NotNull(message = "{smalljobs.validation.required}") @Nullable LocalDate from,
			@NotNull(message = "{smalljobs.validation.required}") @Min(value = 1,
					message = "{smalljobs.validation.hours}") @Max(value = 37,
							message = "{smalljobs.validation.hours}") @Nullable Integer hoursPerWeek) {
	}

	record Hours(@NotNull(message = "{smalljobs.validation.required}") @Nullable LocalDate week,
			@NotNull(message = "{smalljobs.validation.required}") @DecimalMin(value = "0",
					message = "{smalljobs.validation.weekHours}") @DecimalMax(value = "48",
							message = "{smalljobs.validation.weekHours}") @Digits(integer = 2, fraction = 2,
									message = "{smalljobs.validation.weekHours}") @Nullable BigDecimal hours) {
	}

	record End(@NotNull(message = "{smalljobs.validation.required}") @Nullable LocalDate on,
			@NotNull(message = "{smalljobs.validation.required}") @Nullable EndReason reason) {
	}

	record Return(@NotNull(message = "{smalljobs.validation.required}") @Nullable LocalDate on) {
	}

	record Issue(@NotBlank(message = "{smalljobs.validation.required}") @Pattern(regexp = "[0-9]{4}-[0-9]{2}",
			message = "{smalljobs.validation.month}") @Nullable String month) {
	}

}
