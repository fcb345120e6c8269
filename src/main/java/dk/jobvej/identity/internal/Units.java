package dk.jobvej.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Units extends ListCrudRepository<Unit, UUID> {

	List<Unit> findByMunicipalityCodeOrderByName(int municipalityCode);

}
