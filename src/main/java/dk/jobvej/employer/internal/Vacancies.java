package dk.jobvej.employer.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The vacancies. */
interface Vacancies extends ListCrudRepository<Vacancy, UUID> {

	List<Vacancy> findByParent(UUID parent);

}
