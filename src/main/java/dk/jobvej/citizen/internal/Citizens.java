package dk.jobvej.citizen.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The citizens of all municipalities; callers filter by the municipality of the member of staff. */
interface Citizens extends ListCrudRepository<Citizen, UUID> {

	@Query("select exists (select 1 from citizen.citizen where municipality_code = :municipalityCode and cpr = :cpr)")
	boolean existsByMunicipalityCodeAndCpr(int municipalityCode, String cpr);

	Optional<Citizen> findByMunicipalityCodeAndCpr(int municipalityCode, String cpr);

}
