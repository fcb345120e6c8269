package dk.jobvej.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StaffMembers extends ListCrudRepository<Staff, UUID> {

	Optional<Staff> findByUsername(String username);

	List<Staff> findByUnitOrderByName(UUID unit);

	List<Staff> findByMunicipalityCodeOrderByName(int municipalityCode);

}
