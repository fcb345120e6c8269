package dk.jobvej.network.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.jobvej.network.internal.EducationLevel;
import dk.jobvej.network.internal.JobContent;
import dk.jobvej.network.internal.MatchKind;
import dk.jobvej.network.internal.Stage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The request bodies of the network API, validated before they reach the module. */
final class NetworkRequests {

	private NetworkRequests() {
	}

	record CreateNetwork(
			@NotBlank(message = "{network.validation.required}") @Size(max = 200,
					message = "{network.validation.tooLong}") @Nullable String name,
			@NotNull(message = "{network.validation.required}") @Nullable LocalDate periodFrom,
			@NotNull(message = "{network.validation.required}") @Nullable LocalDate periodTo,
			@NotNull(message = "{network.validation.required}") @Min(value = 1,
					message = "{network.validation.positive}") @Nullable Integer targetMatches,
			@NotNull(message = "{network.validation.required}") @Nullable Integer homeMunicipality,
			@NotNull(message = "{network.validation.required}") @Min(value = 0,
					message = "{network.validation.percent}") @Max(value = 100,
							message = "{network.validation.percent}") @Nullable Integer homeSharePercent,
			@NotNull(message = "{network.validation.required}") @Min(value = 1,
					message = "{network.validation.days}") @Max(value = 60,
							message = "{network.validation.days}") @Nullable Integer takeWithinDays,
			@NotEmpty(message = "{network.validation.required}") @Nullable Map<Integer, String> municipalities) {
	}

	record AddPartner(
			@NotBlank(message = "{network.validation.required}") @Pattern(regexp = "[A-Z0-9_]{2,20}",
					message = "{network.validation.code}") @Nullable String code,
			@NotBlank(message = "{network.validation.required}") @Size(max = 200,
					message = "{network.validation.tooLong}") @Nullable String name,
			@NotBlank(message = "{network.validation.required}") @Size(max = 500,
					message = "{network.validation.tooLong}") @Nullable String pool,
			@NotNull(message = "{network.validation.required}") @Nullable UUID unit,
			@NotNull(message = "{network.validation.required}") @Min(value = 1,
					message = "{network.validation.positive}") @Nullable Integer relayOrder,
			@NotNull(message = "{network.validation.required}") @Min(value = 0,
					message = "{network.validation.positive}") @Nullable Integer targetMatches) {
	}

	record OpenOpening(
			@NotBlank(message = "{network.validation.required}") @Size(max = 200,
					message = "{network.validation.tooLong}") @Nullable String companyName,
			@NotBlank(message = "{network.validation.required}") @Nullable String cvr,
			@NotNull(message = "{network.validation.required}") @Nullable Integer companyMunicipality,
			@NotBlank(message = "{network.validation.required}") @Size(max = 4000,
					message = "{network.validation.tooLong}") @Nullable String dialog,
			@NotEmpty(message = "{network.validation.required}") @Nullable List<JobContent> jobContent,
			@NotBlank(message = "{network.validation.required}") @Size(max = 4000,
					message = "{network.validation.tooLong}") @Nullable String description,
			@NotNull(message = "{network.validation.required}") @Nullable MatchKind kind) {
	}

	record AddCandidate(
			@NotBlank(message = "{network.validation.required}") @Size(max = 200,
					message = "{network.validation.tooLong}") @Nullable String name,
			@NotNull(message = "{network.validation.required}") @Nullable EducationLevel educationLevel,
			@NotBlank(message = "{network.validation.required}") @Size(max = 200,
					message = "{network.validation.tooLong}") @Nullable String field,
			@NotNull(message = "{network.validation.required}") @Nullable Stage stage,
			@NotNull(message = "{network.validation.required}") @Min(value = 101,
					message = "{network.validation.municipality}") @Max(value = 999,
							message = "{network.validation.municipality}") @Nullable Integer homeMunicipality) {
	}

	record MakeMatch(@NotNull(message = "{network.validation.required}") @Nullable UUID candidate,
			@NotNull(message = "{network.validation.required}") @Nullable LocalDate matchedOn) {
	}

}
