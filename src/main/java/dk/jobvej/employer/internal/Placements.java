package dk.jobvej.employer.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The placements. */
interface Placements extends ListCrudRepository<Placement, UUID> {
}
