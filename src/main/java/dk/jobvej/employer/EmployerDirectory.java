package dk.jobvej.employer;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What other modules may read of the employer module: vacancies and companies. Nothing here is
 * personal data about citizens.
 */
public interface EmployerDirectory {

	Optional<VacancyFacts> vacancy(VacancyId id);

	/** The open vacancies of the municipality, one at a time (matching's index). */
	void forEachOpenVacancy(int municipalityCode, Consumer<VacancyFacts> each);

	/** Every open vacancy of every municipality, one at a time (matching's index at start-up). */
	void forEachOpenVacancy(Consumer<VacancyFacts> each);

	/** The vacancies of a company, newest first. */
	List<VacancyFacts> vacanciesOf(CompanyId company);

	/** The name of a company of the caller's municipality. */
	Optional<String> companyName(CompanyId company);

}
