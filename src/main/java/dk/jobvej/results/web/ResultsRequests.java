package dk.jobvej.results.web;

import java.math.BigDecimal;

import dk.jobvej.results.Measure;
import dk.jobvej.results.internal.TargetKind;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the results API accepts; the services check the rules again. */
final class ResultsRequests {

	private ResultsRequests() {
	}

	record DefineKpi(@NotNull(message = "{results.validation.required}") @Min(value = 1,
			message = "{results.kpi.goal}") @Max(value = 5, message = "{results.kpi.goal}") @Nullable Integer goal,
			@NotBlank(message = "{results.validation.required}") @Size(max = 200,
					message = "{results.validation.maxLength}") @Nullable String nameDa,
			@NotBlank(message = "{results.validation.required}") @Size(max = 200,
					message = "{results.validation.maxLength}") @Nullable String nameEn,
			@NotNull(message = "{results.validation.required}") @Nullable Measure measure,
			@NotNull(message = "{results.validation.required}") @Nullable TargetKind targetKind,
			@Nullable Integer version) {
	}

	record SetTarget(@NotNull(message = "{results.validation.required}") @DecimalMin(value = "0",
			message = "{results.kpi.target.invalid}") @DecimalMax(value = "9999999.9",
					message = "{results.kpi.target.invalid}") @Nullable BigDecimal target,
			@NotBlank(message = "{results.validation.required}") @Size(max = 300,
					message = "{results.validation.maxLength}") @Nullable String source,
			@Nullable Integer version) {
	}

	record SetLabourForce(@NotNull(message = "{results.validation.required}") @Min(value = 1,
			message = "{results.labourForce.persons}") @Max(value = 10_000_000,
					message = "{results.labourForce.persons}") @Nullable Integer persons,
			@NotBlank(message = "{results.validation.required}") @Size(max = 500,
					message = "{results.validation.maxLength}") @Nullable String source,
			@Nullable Integer version) {
	}

	record ImportBenchmark(@NotBlank(message = "{results.validation.required}") @Size(max = 200,
			message = "{results.validation.maxLength}") @Nullable String name,
			@NotBlank(message = "{results.validation.required}") @Size(max = 7,
					message = "{results.benchmark.month}") @Nullable String month,
			@NotBlank(message = "{results.validation.required}") @Size(max = 500,
					message = "{results.validation.maxLength}") @Nullable String source,
			@NotBlank(message = "{results.validation.required}") @Size(max = 100_000,
					message = "{results.validation.maxLength}") @Nullable String csv) {
	}

}
