package dk.jobvej.rehab.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The rehabilitation teams. */
interface Teams extends ListCrudRepository<Team, UUID> {

	List<Team> findByMunicipalityCodeOrderByName(int municipalityCode);

}
