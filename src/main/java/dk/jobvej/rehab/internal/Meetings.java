package dk.jobvej.rehab.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The meetings of the rehabilitation teams. */
interface Meetings extends ListCrudRepository<Meeting, UUID> {
}
