package dk.jobvej.rehab.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The rehabilitation cases of all municipalities; callers filter by the municipality of the member of staff. */
interface Cases extends ListCrudRepository<RehabCase, UUID> {
}
