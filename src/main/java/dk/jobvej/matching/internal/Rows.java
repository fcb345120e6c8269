package dk.jobvej.matching.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.jobvej.employer.VacancyKind;
import dk.jobvej.matching.CandidateProfile;
import dk.jobvej.matching.Readiness;
import dk.jobvej.occupation.OccupationCode;

import org.jspecify.annotations.Nullable;

/** The rows of matching's indexes, as the ranking reads them. */
final class Rows {

	private Rows() {
	}

	/** A candidate: the profile plus where they live. */
	record Candidate(UUID citizen, int municipalityCode, List<OccupationCode> goals,
			List<CandidateProfile.Experience> experience, List<String> skills, int educationLevel,
			@Nullable Integer hoursPerWeek, @Nullable Integer maxCommuteKm, Places.@Nullable Point place,
			Readiness readiness) {
	}

	/** An open vacancy. */
	record Vacancy(UUID id, UUID company, String companyName, OccupationCode occupation, String title,
			String description, int hoursPerWeek, String postcode, String city, Places.@Nullable Point place,
			VacancyKind kind, @Nullable LocalDate deadline, int municipalityCode) {
	}

}
