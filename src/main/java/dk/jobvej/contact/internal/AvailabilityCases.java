package dk.jobvej.contact.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The availability cases of all municipalities. */
interface AvailabilityCases extends ListCrudRepository<AvailabilityCase, UUID> {

	Optional<AvailabilityCase> findByConversation(UUID conversation);

}
