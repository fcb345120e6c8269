package dk.jobvej.survey.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The survey rounds. */
interface Rounds extends ListCrudRepository<Round, UUID> {

	List<Round> findByMunicipalityCode(int municipalityCode);

	Optional<Round> findByMunicipalityCodeAndName(int municipalityCode, String name);

}
