package dk.jobvej.matching.web;

import java.util.UUID;

import dk.jobvej.matching.MatchStatus;
import dk.jobvej.matching.Readiness;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the matching API and pages accept. */
final class MatchingRequests {

	private MatchingRequests() {
	}

	record Search(@Nullable @Pattern(regexp = "[0-9]{4}", message = "{matching.occupation.unknown}") String occupation,
			@Nullable @Size(max = 200, message = "{matching.search.tooLong}") String text,
			@Nullable @Min(value = 0, message = "{matching.education.range}") @Max(value = 6,
					message = "{matching.education.range}") Integer minimumEducation,
			@Nullable @Min(value = 1, message = "{matching.hours.range}") @Max(value = 48,
					message = "{matching.hours.range}") Integer hoursPerWeek,
			@Nullable @Pattern(regexp = "[0-9]{4}", message = "{matching.postcode.format}") String postcode,
			@Nullable @Min(value = 1, message = "{matching.km.range}") @Max(value = 500,
					message = "{matching.km.range}") Integer maxKm,
			@Nullable Readiness readiness) {
	}

	record Propose(@NotNull(message = "{matching.validation.required}") @Nullable UUID vacancy,
			@NotNull(message = "{matching.validation.required}") @Nullable UUID citizen) {
	}

	record Move(@NotNull(message = "{matching.validation.required}") @Nullable MatchStatus status,
			@Nullable @Size(max = 1000, message = "{matching.match.reasonInvalid}") String reason) {
	}

	record Limit(@Nullable @Min(value = 1, message = "{matching.limit.range}") @Max(value = 100,
			message = "{matching.limit.range}") Integer limit) {

		int orDefault() {
			return limit == null ? 10 : limit;
		}

	}

	record Created(UUID id) {
	}

}
