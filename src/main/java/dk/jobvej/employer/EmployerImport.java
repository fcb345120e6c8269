package dk.jobvej.employer;

import java.time.LocalDate;
import java.util.List;

import dk.jobvej.identity.StaffId;
import dk.jobvej.occupation.OccupationCode;

import org.jspecify.annotations.Nullable;

/**
 * Bulk import of companies with their workplaces, visits and vacancies through PostgreSQL COPY
 * (demo data, migration from another system). A batch is all or nothing; a batch id imported
 * before is skipped, so an interrupted import can be run again. Imports publish no events.
 */
public interface EmployerImport {

	/** @return the companies imported, 0 if the batch was imported before */
	int importBatch(String batchId, List<ImportedCompany> companies);

	/**
	 * Gives a person at an imported company a login to the employer portal, unless the username
	 * exists (demo data, migration). The password is stored hashed.
	 */
	void ensurePortalUser(CompanyId company, String name, String username, String password);

	/** Whether the municipality has any company. */
	boolean hasCompanies(int municipalityCode);

	/** A company with its workplaces (P-numbers), visits and vacancies. */
	record ImportedCompany(CompanyId id, Cvr cvr, String name, String branch, CompanySize size, String street,
			String postcode, String city, @Nullable StaffId consultant, int municipalityCode,
			List<ImportedWorkplace> workplaces, List<ImportedVisit> visits, List<ImportedVacancy> vacancies) {
	}

	record ImportedWorkplace(PNumber pNumber, String name, String street, String postcode, String city) {
	}

	record ImportedVisit(LocalDate visitedOn, StaffId consultant, VisitPurpose purpose, VisitOutcome outcome,
			String note) {
	}

	record ImportedVacancy(VacancyId id, OccupationCode occupation, String title, String description,
			int hoursPerWeek, String postcode, String city, @Nullable LocalDate startsOn, @Nullable LocalDate deadline,
			VacancyKind kind, VacancyStatus status, LocalDate createdOn) {
	}

}
