package dk.jobvej.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import dk.jobvej.JobvejIntegrationTest;
import dk.jobvej.employer.Cvr;
import dk.jobvej.employer.EmployerImport.ImportedCompany;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.identity.Administration;
import dk.jobvej.identity.Role;
import dk.jobvej.identity.StaffId;
import dk.jobvej.testing.TestOrganisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's companies are calibrated to seed 003: 5,900 companies, each visited in the last year,
 * more than 7,100 visits; valid and unique CVR numbers; the same seed gives the same companies.
 */
@JobvejIntegrationTest
class DemoEmployersTests {

	@Autowired
	DemoEmployers employers;

	@Autowired
	Administration administration;

	@Autowired
	Clock clock;

	@Test
	void aalborgsCompaniesVisitsAndVacanciesMatchTheSeed() {
		var organisation = new TestOrganisation(administration);
		var unit = organisation.unit("Rekrutteringsenheden");
		List<StaffId> consultants = List.of(organisation.hire(unit, Role.COMPANY_CONSULTANT).id(),
				organisation.hire(unit, Role.COMPANY_CONSULTANT).id());
		var today = LocalDate.now(clock);

		var companies = employers.generate(851, consultants, today);
		var again = employers.generate(851, consultants, today);

		assertThat(companies).hasSize(5_900).isEqualTo(again);
		var visits = companies.stream().mapToInt(c -> c.visits().size()).sum();
		assertThat(visits).isEqualTo(7_150).isGreaterThan(7_100);
		assertThat(companies).allSatisfy(company -> {
			assertThat(company.visits()).isNotEmpty()
				.allSatisfy(visit -> assertThat(visit.visitedOn()).isBetween(today.minusDays(365), today.minusDays(1)));
			assertThat(Cvr.valid(company.cvr().value())).isTrue();
			assertThat(company.workplaces()).isNotEmpty();
		});
		assertThat(companies.stream().map(ImportedCompany::cvr).distinct()).hasSize(5_900);
		var pNumbers = new HashSet<String>();
		companies.forEach(c -> c.workplaces().forEach(w -> assertThat(pNumbers.add(w.pNumber().value())).isTrue()));
		var vacancies = companies.stream().flatMap(c -> c.vacancies().stream()).toList();
		assertThat(vacancies).hasSize(2_400);
		assertThat(vacancies).filteredOn(v -> v.status() == VacancyStatus.OPEN)
			.allSatisfy(v -> assertThat(v.deadline()).isAfterOrEqualTo(today));
		assertThat(vacancies).filteredOn(v -> v.kind() == VacancyKind.SMALL_TASK)
			.allSatisfy(v -> assertThat(v.hoursPerWeek()).isGreaterThanOrEqualTo(5));
		System.out.printf("Demo employers: %d companies, %d workplaces, %d visits, %d vacancies (%d open, %d small tasks)%n",
				companies.size(), pNumbers.size(), visits, vacancies.size(),
				vacancies.stream().filter(v -> v.status() == VacancyStatus.OPEN).count(),
				vacancies.stream().filter(v -> v.kind() == VacancyKind.SMALL_TASK).count());
	}

}
