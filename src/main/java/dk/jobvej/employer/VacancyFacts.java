package dk.jobvej.employer;

import java.time.LocalDate;

import dk.jobvej.occupation.OccupationCode;

import org.jspecify.annotations.Nullable;

/**
 * A vacancy as other modules read it (matching, the contact course's concrete jobs).
 *
 * @param occupation the occupation (unit group) the job or task is in
 * @param hoursPerWeek the hours a week the job offers
 * @param postcode where the work is done
 * @param parent the job a task was carved from, if it is a task
 */
public record VacancyFacts(VacancyId id, CompanyId company, String companyName, Cvr cvr, OccupationCode occupation,
		String title, String description, int hoursPerWeek, String postcode, String city, @Nullable LocalDate startsOn,
		@Nullable LocalDate deadline, VacancyKind kind, @Nullable VacancyId parent, VacancyStatus status,
		int municipalityCode) {
}
